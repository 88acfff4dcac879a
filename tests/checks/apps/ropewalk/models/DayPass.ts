import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const DayPassSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, ref: "User" },
    guestEmail: String,
    gymId: { type: Schema.Types.ObjectId, ref: "Gym", required: true },
    validOn: { type: Date, required: true },
    priceCents: Number,
    redeemedAt: Date,
    code: { type: String, index: true },
    paymentRef: String,
  },
  { timestamps: true },
);

export type DayPassDoc = InferSchemaType<typeof DayPassSchema>;
const DayPass: Model<DayPassDoc> = mongoose.models.DayPass || mongoose.model("DayPass", DayPassSchema);
export default DayPass;

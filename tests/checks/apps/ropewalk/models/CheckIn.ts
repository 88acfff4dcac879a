import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const CheckInSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, ref: "User", required: true, index: true },
    gymId: { type: Schema.Types.ObjectId, ref: "Gym", required: true },
    method: { type: String, enum: ["qr", "pin", "desk", "daypass"] },
    at: { type: Date, default: Date.now },
    doorEventId: String,
    deniedReason: String,
  },
  { timestamps: false },
);

export type CheckInDoc = InferSchemaType<typeof CheckInSchema>;
const CheckIn: Model<CheckInDoc> = mongoose.models.CheckIn || mongoose.model("CheckIn", CheckInSchema);
export default CheckIn;

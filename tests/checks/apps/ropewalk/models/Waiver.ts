import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const WaiverSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, ref: "User", index: true },
    gymId: { type: Schema.Types.ObjectId, ref: "Gym" },
    fullName: String,
    dateOfBirth: Date,
    signature: String,
    guardianName: String,
    signedIp: String,
    version: { type: Number, default: 3 },
    signedAt: { type: Date, default: Date.now },
  },
  { timestamps: true },
);

export type WaiverDoc = InferSchemaType<typeof WaiverSchema>;
const Waiver: Model<WaiverDoc> = mongoose.models.Waiver || mongoose.model("Waiver", WaiverSchema);
export default Waiver;

import mongoose, { Schema, type InferSchemaType } from "mongoose";

const scanLogSchema = new Schema(
  {
    bagBarcode: { type: String, required: true, index: true },
    centreId: { type: String, required: true, index: true },
    scannedBy: { type: String, required: true },
    location: { type: String, enum: ["collection", "lab", "fridge", "dispatch"], required: true },
    donorId: { type: String },
    deviceToken: { type: String },
    temperatureC: { type: Number },
  },
  { timestamps: true },
);

export type ScanLog = InferSchemaType<typeof scanLogSchema>;

export const ScanLogModel = mongoose.models.ScanLog || mongoose.model("ScanLog", scanLogSchema);

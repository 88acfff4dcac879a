import mongoose, { Schema } from "mongoose";

const alertSchema = new Schema({
  coopId: { type: String, required: true, index: true },
  arrayId: { type: String, required: true },
  severity: { type: String, enum: ["info", "warning", "critical"], default: "info" },
  message: String,
  acknowledgedBy: String,
  installerNotes: String,
  createdAt: { type: Date, default: Date.now },
});

export const InverterAlert = mongoose.models.InverterAlert || mongoose.model("InverterAlert", alertSchema);

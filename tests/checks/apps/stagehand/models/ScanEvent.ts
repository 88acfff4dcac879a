import mongoose, { Schema } from "mongoose";

const ScanEventSchema = new Schema({
  festivalId: { type: String, required: true, index: true },
  ticketId: String,
  barcode: String,
  deviceId: String,
  gate: String,
  result: { type: String, enum: ["admitted", "duplicate", "invalid"] },
  at: { type: Date, default: Date.now },
});

export const ScanEvent = mongoose.models.ScanEvent || mongoose.model("ScanEvent", ScanEventSchema);

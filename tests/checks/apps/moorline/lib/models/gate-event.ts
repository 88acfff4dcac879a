import mongoose, { Schema } from "mongoose";

const GateEventSchema = new Schema(
  {
    marinaId: { type: String, index: true, required: true },
    deviceId: String,
    zone: String,
    pinUsed: String,
    granted: Boolean,
    raw: Schema.Types.Mixed,
  },
  { timestamps: true },
);

export const GateEvent = mongoose.models.GateEvent ?? mongoose.model("GateEvent", GateEventSchema);

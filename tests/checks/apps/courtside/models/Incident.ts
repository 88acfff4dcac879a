import mongoose, { Schema } from "mongoose";

const IncidentSchema = new Schema({
  fixtureId: { type: String, required: true },
  refereeId: { type: String, required: true },
  minute: Number,
  kind: { type: String, enum: ["yellow", "red", "injury", "abandonment"] },
  playerId: String,
  description: String,
  verified: { type: Boolean, default: false },
});

export const Incident = mongoose.models.Incident || mongoose.model("Incident", IncidentSchema);

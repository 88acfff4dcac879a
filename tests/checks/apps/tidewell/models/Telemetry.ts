import mongoose, { Schema, type InferSchemaType } from "mongoose";

const telemetrySchema = new Schema({
  coopId: { type: String, required: true, index: true },
  arrayId: { type: String, required: true, index: true },
  inverterSerial: { type: String, required: true },
  watts: Number,
  voltage: Number,
  temperatureC: Number,
  rawPayload: Schema.Types.Mixed,
  firmwareToken: String,
  recordedAt: { type: Date, default: Date.now },
});

export type TelemetryDoc = InferSchemaType<typeof telemetrySchema>;
export const Telemetry = mongoose.models.Telemetry || mongoose.model("Telemetry", telemetrySchema);

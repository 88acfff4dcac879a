import mongoose, { Schema, type InferSchemaType } from "mongoose";

const DiagnosisSchema = new Schema({
  coopId: { type: String, index: true, required: true },
  memberId: { type: String, index: true, required: true },
  photoUrl: String,
  crop: String,
  label: String,
  confidence: Number,
  modelVersion: String,
  uploaderIp: String,
  vendorApiKey: String,
  rawResponse: Schema.Types.Mixed,
  createdAt: { type: Date, default: Date.now },
});

export type DiagnosisDoc = InferSchemaType<typeof DiagnosisSchema>;
export const Diagnosis = mongoose.models.Diagnosis ?? mongoose.model("Diagnosis", DiagnosisSchema);

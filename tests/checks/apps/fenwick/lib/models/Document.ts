import { Schema, model, models, type InferSchemaType, type Model, Types } from "mongoose";

const DocumentSchema = new Schema(
  {
    patient: { type: Types.ObjectId, ref: "Patient", required: true, index: true },
    uploadedBy: { type: String, enum: ["patient", "staff"], required: true },
    fileName: { type: String, required: true },
    mimeType: { type: String, required: true },
    storageKey: { type: String, required: true },
    sizeBytes: { type: Number },
    shareCode: { type: String, index: true },
    sharePin: { type: String },
    shareExpiresAt: { type: Date },
  },
  { timestamps: true }
);

export type PatientDocumentDoc = InferSchemaType<typeof DocumentSchema>;
export const PatientDocument: Model<PatientDocumentDoc> =
  models.PatientDocument ?? model<PatientDocumentDoc>("PatientDocument", DocumentSchema);

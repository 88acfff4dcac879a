import { Schema, model, models, type InferSchemaType, type Model, Types } from "mongoose";

const LabResultSchema = new Schema(
  {
    patient: { type: Types.ObjectId, ref: "Patient", required: true, index: true },
    order: { type: Types.ObjectId, ref: "LabOrder" },
    externalId: { type: String, unique: true },
    panel: { type: String, required: true },
    values: [{ code: String, label: String, value: String, unit: String, flag: String }],
    releasedToPatient: { type: Boolean, default: false },
    reviewedBy: { type: Types.ObjectId, ref: "Staff" },
    labComment: { type: String },
    rawPayload: { type: Schema.Types.Mixed },
  },
  { timestamps: true }
);

export type LabResultDoc = InferSchemaType<typeof LabResultSchema>;
export const LabResult: Model<LabResultDoc> =
  models.LabResult ?? model<LabResultDoc>("LabResult", LabResultSchema);

import { Schema, model, models, type InferSchemaType, type Model, Types } from "mongoose";

const PrescriptionSchema = new Schema(
  {
    patient: { type: Types.ObjectId, ref: "Patient", required: true },
    prescriber: { type: Types.ObjectId, ref: "Staff", required: true },
    drug: { type: String, required: true },
    dose: { type: String, required: true },
    frequency: { type: String, required: true },
    quantity: { type: Number, required: true },
    refills: { type: Number, default: 0 },
    status: { type: String, enum: ["draft", "signed", "voided"], default: "draft" },
    signedAt: Date,
  },
  { timestamps: true }
);

export type PrescriptionDoc = InferSchemaType<typeof PrescriptionSchema>;
export const Prescription: Model<PrescriptionDoc> =
  models.Prescription ?? model<PrescriptionDoc>("Prescription", PrescriptionSchema);

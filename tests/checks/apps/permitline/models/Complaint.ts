import mongoose, { Schema, type InferSchemaType } from "mongoose";

const complaintSchema = new Schema(
  {
    municipalityId: { type: String, required: true, index: true },
    caseId: { type: String },
    address: { type: String, required: true },
    category: { type: String, required: true },
    description: { type: String, required: true },
    complainantName: String,
    complainantEmail: String,
    complainantPhone: String,
    anonymous: { type: Boolean, default: false },
    trackingToken: { type: String, index: true },
    photos: [String],
    status: { type: String, default: "new" },
  },
  { timestamps: true },
);

export type ComplaintDoc = InferSchemaType<typeof complaintSchema>;
export const Complaint = mongoose.models.Complaint ?? mongoose.model("Complaint", complaintSchema);

import mongoose, { Schema } from "mongoose";

const reviewRunSchema = new Schema(
  {
    workspaceId: { type: String, required: true, index: true },
    contractId: { type: String, required: true },
    requestedBy: { type: String, required: true },
    model: String,
    prompt: String,
    providerApiKey: String,
    findings: [{ clauseId: String, risk: String, rationale: String }],
    costCents: Number,
  },
  { timestamps: true },
);

export const ReviewRunModel = mongoose.models.ReviewRun || mongoose.model("ReviewRun", reviewRunSchema);

import mongoose, { Schema } from "mongoose";

const AiReviewSchema = new Schema({
  firmId: { type: String, required: true, index: true },
  matterId: { type: String, required: true },
  requestedBy: { type: String, required: true },
  kind: { type: String, enum: ["clause-review", "deposition-summary"] },
  prompt: String,
  output: String,
  providerApiKey: { type: String, select: false },
  tokensUsed: Number,
  createdAt: { type: Date, default: Date.now },
});

export const AiReview = mongoose.models.AiReview || mongoose.model("AiReview", AiReviewSchema);

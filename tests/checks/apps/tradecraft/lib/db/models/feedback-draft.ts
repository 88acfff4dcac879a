import mongoose, { Schema } from "mongoose";

const FeedbackDraftSchema = new Schema(
  {
    orgId: { type: String, required: true },
    tutorId: { type: String, required: true },
    evidenceId: String,
    prompt: String,
    draft: String,
    accepted: { type: Boolean, default: false },
  },
  { timestamps: true },
);

export const FeedbackDraft = mongoose.models.FeedbackDraft || mongoose.model("FeedbackDraft", FeedbackDraftSchema);

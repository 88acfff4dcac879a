import mongoose, { Schema } from "mongoose";

const MatchReportSchema = new Schema({
  fixtureId: { type: String, required: true, index: true },
  authorId: { type: String, required: true },
  clubId: { type: String, required: true },
  title: String,
  body: String,
  published: { type: Boolean, default: false },
  promptTokens: Number,
  internalNotes: String,
  editToken: String,
});

export const MatchReport = mongoose.models.MatchReport || mongoose.model("MatchReport", MatchReportSchema);

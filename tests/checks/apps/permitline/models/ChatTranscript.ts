import mongoose, { Schema } from "mongoose";

const transcriptSchema = new Schema(
  {
    userId: { type: String, index: true },
    permitId: String,
    messages: [{ role: String, content: String, at: Date }],
    sessionToken: String,
  },
  { timestamps: true },
);

export const ChatTranscript = mongoose.models.ChatTranscript ?? mongoose.model("ChatTranscript", transcriptSchema);

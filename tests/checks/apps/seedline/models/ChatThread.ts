import mongoose, { Schema } from "mongoose";

const ChatThreadSchema = new Schema({
  coopId: { type: String, index: true },
  userId: { type: String, index: true },
  title: String,
  messages: [{ role: String, content: String, at: Date }],
  systemPrompt: String,
  tokenUsage: Number,
});

export const ChatThread = mongoose.models.ChatThread ?? mongoose.model("ChatThread", ChatThreadSchema);

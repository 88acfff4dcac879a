import mongoose, { Schema } from "mongoose";

const ChatLogSchema = new Schema({
  festivalId: String,
  visitorId: String,
  ip: String,
  messages: [{ role: String, content: String }],
  at: { type: Date, default: Date.now },
});

export const ChatLog = mongoose.models.ChatLog || mongoose.model("ChatLog", ChatLogSchema);

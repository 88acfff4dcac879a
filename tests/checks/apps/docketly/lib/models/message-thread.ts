import mongoose, { Schema } from "mongoose";

const MessageThreadSchema = new Schema({
  firmId: { type: String, required: true },
  matterId: { type: String, required: true },
  clientId: { type: String, required: true },
  participants: [String],
  subject: String,
  messages: [{ senderId: String, body: String, sentAt: Date, attachmentKey: String }],
  shareToken: String,
});

export const MessageThread = mongoose.models.MessageThread || mongoose.model("MessageThread", MessageThreadSchema);

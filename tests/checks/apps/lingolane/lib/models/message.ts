import mongoose, { Schema } from "mongoose";

const MessageSchema = new Schema({
  threadId: { type: String, index: true, required: true },
  orgId: { type: String, index: true, required: true },
  senderId: { type: String, required: true },
  body: { type: String, required: true },
  attachments: [{ s3Key: String, filename: String }],
  internalNote: { type: String },
  createdAt: { type: Date, default: Date.now },
});

const ThreadSchema = new Schema({
  orgId: { type: String, index: true, required: true },
  jobId: { type: String, required: true },
  participantIds: [String],
  subject: String,
});

export const Message = mongoose.models.Message ?? mongoose.model("Message", MessageSchema);
export const Thread = mongoose.models.Thread ?? mongoose.model("Thread", ThreadSchema);

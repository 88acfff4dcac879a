import mongoose, { Schema } from "mongoose";

const MessageSchema = new Schema(
  {
    threadId: { type: String, index: true, required: true },
    senderId: { type: String, required: true },
    recipientId: { type: String, required: true },
    body: { type: String, required: true },
    readAt: Date,
    flagged: { type: Boolean, default: false },
  },
  { timestamps: true },
);

export const Message = mongoose.models.Message ?? mongoose.model("Message", MessageSchema);

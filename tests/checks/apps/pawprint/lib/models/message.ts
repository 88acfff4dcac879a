import mongoose, { Schema, type InferSchemaType } from "mongoose";

const messageSchema = new Schema(
  {
    threadId: { type: String, required: true, index: true },
    senderId: { type: String, required: true },
    recipientId: { type: String, required: true },
    body: { type: String, required: true },
    attachments: [{ key: String, contentType: String }],
    readAt: Date,
    flagged: { type: Boolean, default: false },
    senderIp: String,
    moderationNotes: String,
  },
  { timestamps: true },
);

export type MessageDoc = InferSchemaType<typeof messageSchema>;
export const Message = mongoose.models.Message || mongoose.model("Message", messageSchema);

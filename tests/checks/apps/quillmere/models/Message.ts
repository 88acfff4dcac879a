import mongoose, { Schema, models, model } from "mongoose";

const MessageSchema = new Schema(
  {
    threadId: { type: String, index: true, required: true },
    agencyId: { type: String, index: true, required: true },
    senderId: { type: String, required: true },
    recipientId: { type: String, required: true },
    body: { type: String, required: true },
    readAt: Date,
  },
  { timestamps: true }
);

export const Message = models.Message || model("Message", MessageSchema);
export default mongoose;

import mongoose, { Schema } from "mongoose";

const ThreadSchema = new Schema({
  participants: [{ type: String, index: true }],
  subject: String,
  lastMessageAt: Date,
  archived: { type: Boolean, default: false },
});

export const Thread = mongoose.models.Thread ?? mongoose.model("Thread", ThreadSchema);

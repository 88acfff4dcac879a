import mongoose from "mongoose";

const MessageSchema = new mongoose.Schema({
  fromId: { type: mongoose.Schema.Types.ObjectId, ref: "User" },
  toId: { type: mongoose.Schema.Types.ObjectId, ref: "User" },
  body: String,
  readAt: Date,
});

export default mongoose.models.Message || mongoose.model("Message", MessageSchema);

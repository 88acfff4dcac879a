import mongoose, { Schema, model, models } from "mongoose";

export async function connectMongo() {
  if (mongoose.connection.readyState === 1) return;
  await mongoose.connect(process.env.MONGO_URL!);
}

const messageSchema = new Schema({
  threadId: { type: String, index: true },
  senderId: String,
  recipientId: String,
  body: String,
  readAt: Date,
});

const threadSchema = new Schema({
  studentId: String,
  instructorId: String,
  courseId: String,
  subject: String,
  lastMessageAt: Date,
});

const leadSchema = new Schema({
  email: String,
  name: String,
  courseSlug: String,
  source: String,
  ipHash: String,
});

export const Message = models.Message ?? model("Message", messageSchema);
export const Thread = models.Thread ?? model("Thread", threadSchema);
export const Lead = models.Lead ?? model("Lead", leadSchema);

import mongoose, { Schema, model, models } from "mongoose";

let connecting: Promise<typeof mongoose> | null = null;

export async function connectMongo() {
  if (mongoose.connection.readyState === 1) return mongoose;
  connecting ??= mongoose.connect(process.env.MONGODB_URI!);
  return connecting;
}

const ProgressPhotoSchema = new Schema({
  ownerId: { type: String, required: true, index: true },
  url: { type: String, required: true },
  storageKey: { type: String, required: true },
  signedUploadToken: { type: String },
  bodyWeightKg: Number,
  notes: String,
  takenAt: { type: Date, default: Date.now },
});

const ThreadSchema = new Schema({
  studioId: { type: String, required: true },
  trainerUserId: { type: String, required: true },
  clientUserId: { type: String, required: true },
  lastMessageAt: Date,
});

const MessageSchema = new Schema({
  threadId: { type: String, required: true, index: true },
  senderId: { type: String, required: true },
  body: { type: String, required: true },
  editedAt: Date,
  createdAt: { type: Date, default: Date.now },
});

const CoachConversationSchema = new Schema({
  userId: { type: String, required: true, index: true },
  messages: [{ role: String, content: String, at: Date }],
  healthContext: String,
});

export const ProgressPhoto = models.ProgressPhoto ?? model("ProgressPhoto", ProgressPhotoSchema);
export const Thread = models.Thread ?? model("Thread", ThreadSchema);
export const Message = models.Message ?? model("Message", MessageSchema);
export const CoachConversation = models.CoachConversation ?? model("CoachConversation", CoachConversationSchema);

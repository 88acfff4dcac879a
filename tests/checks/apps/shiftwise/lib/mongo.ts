import mongoose, { Schema, model, models } from "mongoose";

export async function connectMongo() {
  if (mongoose.connection.readyState === 1) return;
  await mongoose.connect(process.env.MONGO_URL!);
}

const MessageSchema = new Schema({
  employerId: { type: String, index: true },
  threadId: { type: String, index: true },
  authorId: String,
  body: String,
  attachments: [String],
  deletedAt: Date,
}, { timestamps: true });

const ThreadSchema = new Schema({
  employerId: { type: String, index: true },
  title: String,
  memberIds: [String],
  locationId: String,
  inviteToken: String,
});

const PushSubscriptionSchema = new Schema({
  userId: String,
  endpoint: String,
  p256dh: String,
  authSecret: String,
});

export const Message = models.Message ?? model("Message", MessageSchema);
export const Thread = models.Thread ?? model("Thread", ThreadSchema);
export const PushSubscription = models.PushSubscription ?? model("PushSubscription", PushSubscriptionSchema);

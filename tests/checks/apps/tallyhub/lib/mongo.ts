import mongoose, { Schema, model, models } from "mongoose";

export async function connectMongo() {
  if (mongoose.connection.readyState === 1) return;
  await mongoose.connect(process.env.MONGODB_URI!);
}

const activityEventSchema = new Schema(
  {
    userId: { type: String, index: true, required: true },
    type: { type: String, required: true },
    ip: String,
    userAgent: String,
    sessionToken: String,
  },
  { timestamps: true },
);

export const ActivityEvent = models.ActivityEvent ?? model("ActivityEvent", activityEventSchema);

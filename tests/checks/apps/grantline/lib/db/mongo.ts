import mongoose, { Schema, model, models } from "mongoose";

export async function connectMongo() {
  if (mongoose.connection.readyState === 1) return;
  await mongoose.connect(process.env.MONGO_URL!);
}

const DonorProfileSchema = new Schema({
  userId: { type: String, index: true },
  displayName: String,
  email: String,
  phone: String,
  taxId: String,
  anonymous: { type: Boolean, default: false },
  isVerified: { type: Boolean, default: false },
  lifetimeGivingCents: { type: Number, default: 0 },
  receiptToken: String,
});

const ThreadSchema = new Schema({
  applicationId: String,
  foundationId: String,
  participants: [String],
  messages: [{ senderId: String, body: String, at: Date }],
});

export const DonorProfile = models.DonorProfile || model("DonorProfile", DonorProfileSchema);
export const Thread = models.Thread || model("Thread", ThreadSchema);

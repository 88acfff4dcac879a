import mongoose, { Schema, model, models } from "mongoose";

const ReviewSchema = new Schema({
  venueId: { type: String, index: true },
  guestEmail: String,
  rating: Number,
  body: String,
  ipAddress: String,
  hidden: { type: Boolean, default: false },
});

export const Review = models.Review ?? model("Review", ReviewSchema);

export async function connectMongo() {
  if (mongoose.connection.readyState === 1) return;
  await mongoose.connect(process.env.MONGO_URL!);
}

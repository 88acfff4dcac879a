import mongoose, { Schema, type Model } from "mongoose";

const NewsletterSchema = new Schema({ email: { type: String, unique: true }, gymSlug: String, createdAt: { type: Date, default: Date.now } });

const Newsletter: Model<{ email: string; gymSlug?: string; createdAt: Date }> =
  mongoose.models.Newsletter || mongoose.model("Newsletter", NewsletterSchema);
export default Newsletter;

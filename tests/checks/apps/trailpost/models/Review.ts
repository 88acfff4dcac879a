import mongoose, { Schema } from "mongoose";

const ReviewSchema = new Schema(
  {
    tripId: { type: String, required: true, index: true },
    orgId: { type: String, required: true },
    authorId: { type: String, required: true },
    authorEmail: { type: String, required: true },
    rating: { type: Number, min: 1, max: 5 },
    body: String,
    hidden: { type: Boolean, default: false },
    moderationNote: String,
  },
  { timestamps: true }
);

export const Review = mongoose.models.Review || mongoose.model("Review", ReviewSchema);

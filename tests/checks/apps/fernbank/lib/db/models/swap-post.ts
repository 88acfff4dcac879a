import mongoose, { Schema, model, models } from "mongoose";

const SwapPostSchema = new Schema(
  {
    gardenId: { type: String, required: true, index: true },
    authorId: { type: String, required: true },
    title: { type: String, required: true },
    kind: { type: String, enum: ["offer", "request"], required: true },
    produce: String,
    quantity: String,
    contactPhone: String,
    pickupNotes: String,
    featured: { type: Boolean, default: false },
    hidden: { type: Boolean, default: false },
  },
  { timestamps: true },
);

export const SwapPost = models.SwapPost || model("SwapPost", SwapPostSchema);
export type SwapPostDoc = mongoose.InferSchemaType<typeof SwapPostSchema>;

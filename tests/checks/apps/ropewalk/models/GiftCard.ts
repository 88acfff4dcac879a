import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const GiftCardSchema = new Schema(
  {
    code: { type: String, unique: true },
    pin: { type: String, select: false },
    balanceCents: { type: Number, default: 0 },
    purchaserId: { type: Schema.Types.ObjectId, ref: "User" },
    recipientEmail: String,
    ownerEmail: String,
    redeemedBy: { type: Schema.Types.ObjectId, ref: "User" },
  },
  { timestamps: true },
);

export type GiftCardDoc = InferSchemaType<typeof GiftCardSchema>;
const GiftCard: Model<GiftCardDoc> = mongoose.models.GiftCard || mongoose.model("GiftCard", GiftCardSchema);
export default GiftCard;

import mongoose, { Schema, type InferSchemaType } from "mongoose";

const bidSchema = new Schema(
  {
    itemId: { type: Schema.Types.ObjectId, ref: "AuctionItem", required: true, index: true },
    schoolId: { type: String, required: true, index: true },
    parentId: { type: String, required: true },
    bidderName: String,
    amountCents: { type: Number, required: true },
    maxAutoBidCents: Number,
    paymentMethodId: String,
    retracted: { type: Boolean, default: false },
  },
  { timestamps: true },
);

export type BidDoc = InferSchemaType<typeof bidSchema>;
export const Bid = mongoose.models.Bid || mongoose.model("Bid", bidSchema);

import mongoose, { Schema } from "mongoose";

const auctionItemSchema = new Schema(
  {
    schoolId: { type: String, required: true, index: true },
    title: { type: String, required: true },
    description: String,
    reservePriceCents: Number,
    donorEmail: String,
    donorPhone: String,
    closesAt: Date,
    highBidCents: { type: Number, default: 0 },
    highBidderId: String,
  },
  { timestamps: true },
);

export const AuctionItem = mongoose.models.AuctionItem || mongoose.model("AuctionItem", auctionItemSchema);

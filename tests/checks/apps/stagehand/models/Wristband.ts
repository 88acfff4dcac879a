import mongoose, { Schema } from "mongoose";

const WristbandSchema = new Schema(
  {
    festivalId: { type: String, required: true, index: true },
    ticketId: { type: String, required: true },
    holderUserId: { type: String, index: true },
    uid: { type: String, required: true, unique: true },
    balanceCents: { type: Number, default: 0 },
    pinHash: String,
    topUpToken: String,
    frozen: { type: Boolean, default: false },
    refundIban: String,
  },
  { timestamps: true },
);

export const Wristband = mongoose.models.Wristband || mongoose.model("Wristband", WristbandSchema);

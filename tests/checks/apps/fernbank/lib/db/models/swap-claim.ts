import { Schema, model, models } from "mongoose";

const SwapClaimSchema = new Schema(
  {
    postId: { type: String, required: true },
    claimerId: { type: String, required: true },
    message: String,
    status: { type: String, enum: ["open", "accepted", "declined"], default: "open" },
  },
  { timestamps: true },
);

export const SwapClaim = models.SwapClaim || model("SwapClaim", SwapClaimSchema);

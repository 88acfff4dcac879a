import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const MembershipSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, ref: "User", required: true, index: true },
    gymId: { type: Schema.Types.ObjectId, ref: "Gym", required: true },
    plan: { type: String, enum: ["monthly", "annual", "student", "punch10", "staff"], required: true },
    status: { type: String, enum: ["active", "frozen", "cancelled", "past_due"], default: "active" },
    priceCents: Number,
    startsAt: Date,
    renewsAt: Date,
    frozenUntil: Date,
    punchesLeft: Number,
    billingRef: String,
  },
  { timestamps: true },
);

export type MembershipDoc = InferSchemaType<typeof MembershipSchema>;
const Membership: Model<MembershipDoc> = mongoose.models.Membership || mongoose.model("Membership", MembershipSchema);
export default Membership;

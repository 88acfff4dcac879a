import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const PasswordResetSchema = new Schema({
  userId: { type: Schema.Types.ObjectId, ref: "User", required: true },
  tokenHash: { type: String, required: true, index: true },
  expiresAt: { type: Date, required: true },
  usedAt: Date,
});

export type PasswordResetDoc = InferSchemaType<typeof PasswordResetSchema>;
const PasswordReset: Model<PasswordResetDoc> = mongoose.models.PasswordReset || mongoose.model("PasswordReset", PasswordResetSchema);
export default PasswordReset;

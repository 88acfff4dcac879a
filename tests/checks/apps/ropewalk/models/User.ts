import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const UserSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    name: { type: String, required: true },
    passwordHash: { type: String, select: false },
    role: { type: String, enum: ["member", "front_desk", "setter", "head_setter", "gym_manager", "owner", "admin"], default: "member" },
    homeGymId: { type: Schema.Types.ObjectId, ref: "Gym" },
    phone: String,
    emergencyContact: String,
    doorPin: { type: String, select: false },
    qrToken: { type: String, index: true },
    emailVerified: Date,
    verifyToken: String,
    credits: { type: Number, default: 0 },
    parentId: { type: Schema.Types.ObjectId, ref: "User", index: true },
    deskNote: String,
    stripeCustomerId: String,
    deletedAt: Date,
  },
  { timestamps: true },
);

export type UserDoc = InferSchemaType<typeof UserSchema>;
const User: Model<UserDoc> = mongoose.models.User || mongoose.model("User", UserSchema);
export default User;

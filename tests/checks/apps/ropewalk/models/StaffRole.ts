import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

export type StaffRoleName = "front_desk" | "setter" | "head_setter" | "gym_manager" | "owner";

const StaffRoleSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, ref: "User", required: true },
    gymId: { type: Schema.Types.ObjectId, ref: "Gym", required: true },
    role: { type: String, enum: ["front_desk", "setter", "head_setter", "gym_manager", "owner"], required: true },
    active: { type: Boolean, default: true },
    deskPin: { type: String, select: false },
    grantedBy: { type: Schema.Types.ObjectId, ref: "User" },
  },
  { timestamps: true },
);
StaffRoleSchema.index({ userId: 1, gymId: 1 }, { unique: true });

export type StaffRoleDoc = InferSchemaType<typeof StaffRoleSchema>;
const StaffRole: Model<StaffRoleDoc> = mongoose.models.StaffRole || mongoose.model("StaffRole", StaffRoleSchema);
export default StaffRole;

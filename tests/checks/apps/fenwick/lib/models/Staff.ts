import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

const StaffSchema = new Schema(
  {
    name: { type: String, required: true },
    email: { type: String, required: true, unique: true, lowercase: true },
    passwordHash: { type: String, required: true },
    role: { type: String, enum: ["clinician", "receptionist", "admin"], required: true },
    totpSecret: { type: String },
    twoFactorEnabled: { type: Boolean, default: false },
    permissions: [String],
    apiKeyHash: { type: String },
    signingPinHash: { type: String },
    resetTokenHash: { type: String },
    resetTokenExpiresAt: { type: Date },
    title: { type: String },
    phone: { type: String },
    active: { type: Boolean, default: true },
    lastLoginAt: { type: Date },
  },
  { timestamps: true }
);

export type StaffDoc = InferSchemaType<typeof StaffSchema>;
export const Staff: Model<StaffDoc> = models.Staff ?? model<StaffDoc>("Staff", StaffSchema);

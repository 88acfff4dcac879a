import { Schema, model, models, type InferSchemaType, type Model, Types } from "mongoose";

const PatientSchema = new Schema(
  {
    firstName: { type: String, required: true },
    lastName: { type: String, required: true },
    dateOfBirth: { type: Date, required: true },
    phone: { type: String, required: true, unique: true },
    email: { type: String },
    address: { type: String },
    insuranceNumber: { type: String },
    nationalHealthId: { type: String },
    otpHash: { type: String },
    otpExpiresAt: { type: Date },
    otpAttempts: { type: Number, default: 0 },
    careTeam: [{ type: Types.ObjectId, ref: "Staff" }],
    allergies: [String],
    smsOptIn: { type: Boolean, default: true },
    proxyFor: [{ type: Types.ObjectId, ref: "Patient" }],
    portalPinHash: { type: String },
    waitlistFor: [{ type: Types.ObjectId, ref: "Staff" }],
    status: { type: String, enum: ["active", "archived"], default: "active" },
  },
  { timestamps: true }
);

export type PatientDoc = InferSchemaType<typeof PatientSchema>;
export const Patient: Model<PatientDoc> = models.Patient ?? model<PatientDoc>("Patient", PatientSchema);

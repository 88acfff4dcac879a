import mongoose, { Schema } from "mongoose";

const shiftLogSchema = new Schema(
  {
    farmId: { type: String, required: true, index: true },
    shiftId: { type: String, required: true },
    memberId: { type: String, required: true },
    hours: { type: Number, required: true },
    note: { type: String },
    approvedBy: { type: String },
    approved: { type: Boolean, default: false },
    emergencyContact: { type: String },
  },
  { timestamps: true },
);

export const ShiftLogModel = mongoose.models.ShiftLog ?? mongoose.model("ShiftLog", shiftLogSchema);

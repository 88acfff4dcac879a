import mongoose, { Schema, type InferSchemaType } from "mongoose";

const shiftSchema = new Schema(
  {
    farmId: { type: String, required: true, index: true },
    siteId: { type: String },
    kind: { type: String, enum: ["packing", "harvest", "pickup-host", "delivery"], required: true },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    slots: { type: Number, default: 4 },
    volunteers: [{ memberId: String, name: String, phone: String, email: String }],
    coordinatorNotes: { type: String },
  },
  { timestamps: true },
);

export type Shift = InferSchemaType<typeof shiftSchema>;
export const ShiftModel = mongoose.models.Shift ?? mongoose.model("Shift", shiftSchema);

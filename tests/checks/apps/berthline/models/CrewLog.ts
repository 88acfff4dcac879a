import { Schema, models, model } from "mongoose";

const CrewLogSchema = new Schema(
  {
    workOrderId: { type: String, required: true, index: true },
    marinaId: { type: String, required: true },
    authorId: { type: String, required: true },
    hours: Number,
    note: String,
    parts: [{ sku: String, qty: Number }],
  },
  { timestamps: true },
);

export const CrewLog = models.CrewLog || model("CrewLog", CrewLogSchema);

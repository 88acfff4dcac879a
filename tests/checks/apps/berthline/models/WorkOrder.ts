import mongoose, { Schema, models, model } from "mongoose";

const WorkOrderSchema = new Schema(
  {
    marinaId: { type: String, required: true, index: true },
    berthId: { type: String },
    title: { type: String, required: true },
    description: String,
    status: { type: String, enum: ["open", "in_progress", "done"], default: "open" },
    priority: { type: Number, default: 2 },
    assigneeId: String,
    createdById: { type: String, required: true },
    costCents: { type: Number, default: 0 },
    approvedBy: String,
    gateCode: String,
  },
  { timestamps: true },
);

export const WorkOrder = models.WorkOrder || model("WorkOrder", WorkOrderSchema);
export type WorkOrderDoc = mongoose.InferSchemaType<typeof WorkOrderSchema>;

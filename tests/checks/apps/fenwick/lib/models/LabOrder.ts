import { Schema, model, models, type InferSchemaType, type Model, Types } from "mongoose";

const LabOrderSchema = new Schema(
  {
    patient: { type: Types.ObjectId, ref: "Patient", required: true },
    orderedBy: { type: Types.ObjectId, ref: "Staff", required: true },
    tests: [String],
    priority: { type: String, enum: ["routine", "urgent"], default: "routine" },
    status: { type: String, enum: ["ordered", "collected", "resulted", "cancelled"], default: "ordered" },
  },
  { timestamps: true }
);

export type LabOrderDoc = InferSchemaType<typeof LabOrderSchema>;
export const LabOrder: Model<LabOrderDoc> = models.LabOrder ?? model<LabOrderDoc>("LabOrder", LabOrderSchema);

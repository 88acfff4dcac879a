import { Schema, model, models, type InferSchemaType, type Model, Types } from "mongoose";

const VisitNoteSchema = new Schema(
  {
    patient: { type: Types.ObjectId, ref: "Patient", required: true, index: true },
    appointment: { type: Types.ObjectId, ref: "Appointment" },
    author: { type: Types.ObjectId, ref: "Staff", required: true },
    subjective: String,
    objective: String,
    assessment: String,
    plan: String,
    signedAt: { type: Date },
    locked: { type: Boolean, default: false },
  },
  { timestamps: true }
);

export type VisitNoteDoc = InferSchemaType<typeof VisitNoteSchema>;
export const VisitNote: Model<VisitNoteDoc> = models.VisitNote ?? model<VisitNoteDoc>("VisitNote", VisitNoteSchema);

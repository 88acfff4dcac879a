import { Schema, model, models, type InferSchemaType, type Model, Types } from "mongoose";

const AppointmentSchema = new Schema(
  {
    patient: { type: Types.ObjectId, ref: "Patient", required: true, index: true },
    clinician: { type: Types.ObjectId, ref: "Staff", required: true },
    startsAt: { type: Date, required: true },
    durationMin: { type: Number, default: 20 },
    reason: { type: String },
    status: {
      type: String,
      enum: ["booked", "checked_in", "completed", "cancelled", "no_show"],
      default: "booked",
    },
    checkedInAt: { type: Date },
    reminderSentAt: { type: Date },
    internalNotes: { type: String },
  },
  { timestamps: true }
);

export type AppointmentDoc = InferSchemaType<typeof AppointmentSchema>;
export const Appointment: Model<AppointmentDoc> =
  models.Appointment ?? model<AppointmentDoc>("Appointment", AppointmentSchema);

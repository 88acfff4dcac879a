import mongoose, { Schema, models, model } from "mongoose";

const TicketSchema = new Schema(
  {
    memberId: { type: String, required: true, index: true },
    coopId: { type: String, required: true },
    subject: String,
    body: String,
    status: { type: String, default: "open" },
    assignee: String,
    internalNotes: String,
    memberPhone: String,
    verificationPin: String,
  },
  { timestamps: true },
);

export const Ticket = models.Ticket ?? model("Ticket", TicketSchema);
export type TicketDoc = mongoose.InferSchemaType<typeof TicketSchema>;

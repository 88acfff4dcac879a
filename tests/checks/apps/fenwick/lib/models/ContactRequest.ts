import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

const ContactRequestSchema = new Schema(
  {
    name: { type: String, required: true },
    email: { type: String, required: true },
    topic: { type: String, enum: ["general", "billing", "records", "feedback"], default: "general" },
    message: { type: String, required: true },
    handled: { type: Boolean, default: false },
  },
  { timestamps: true }
);

export type ContactRequestDoc = InferSchemaType<typeof ContactRequestSchema>;
export const ContactRequest: Model<ContactRequestDoc> =
  models.ContactRequest ?? model<ContactRequestDoc>("ContactRequest", ContactRequestSchema);

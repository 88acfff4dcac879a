import { Schema, model, models, type InferSchemaType, type Model, Types } from "mongoose";

const MessageSchema = new Schema(
  {
    patient: { type: Types.ObjectId, ref: "Patient", required: true, index: true },
    fromStaff: { type: Types.ObjectId, ref: "Staff" },
    fromPatient: { type: Boolean, default: false },
    body: { type: String, required: true },
    readAt: { type: Date },
    archived: { type: Boolean, default: false },
  },
  { timestamps: true }
);

export type MessageDoc = InferSchemaType<typeof MessageSchema>;
export const Message: Model<MessageDoc> = models.Message ?? model<MessageDoc>("Message", MessageSchema);

import { Schema, model, models, type InferSchemaType, type Model } from "mongoose";

const AuditEventSchema = new Schema(
  {
    actorId: { type: String },
    actorRole: { type: String },
    action: { type: String, required: true, index: true },
    target: { type: String },
    ip: { type: String },
    meta: { type: Schema.Types.Mixed },
  },
  { timestamps: { createdAt: true, updatedAt: false } }
);

export type AuditEventDoc = InferSchemaType<typeof AuditEventSchema>;
export const AuditEvent: Model<AuditEventDoc> =
  models.AuditEvent ?? model<AuditEventDoc>("AuditEvent", AuditEventSchema);

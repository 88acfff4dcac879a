import mongoose, { Schema } from "mongoose";

const AuditEventSchema = new Schema(
  {
    orgId: { type: String, index: true },
    actorId: { type: String, required: true },
    action: { type: String, required: true },
    target: String,
    ip: String,
    metadata: Schema.Types.Mixed,
  },
  { timestamps: true },
);

export const AuditEvent = mongoose.models.AuditEvent ?? mongoose.model("AuditEvent", AuditEventSchema);

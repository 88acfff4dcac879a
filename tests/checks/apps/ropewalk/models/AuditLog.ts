import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const AuditLogSchema = new Schema({
  action: { type: String, required: true },
  actorId: { type: Schema.Types.ObjectId, ref: "User" },
  gymId: { type: Schema.Types.ObjectId, ref: "Gym" },
  targetId: String,
  meta: Schema.Types.Mixed,
  at: { type: Date, default: Date.now, index: true },
});

export type AuditLogDoc = InferSchemaType<typeof AuditLogSchema>;
const AuditLog: Model<AuditLogDoc> = mongoose.models.AuditLog || mongoose.model("AuditLog", AuditLogSchema);
export default AuditLog;

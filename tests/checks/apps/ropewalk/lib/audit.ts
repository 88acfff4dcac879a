import "server-only";
import dbConnect from "@/lib/db";
import AuditLog from "@/models/AuditLog";

export type AuditEntry = {
  action: string;
  actorId: string | null;
  gymId?: string | null;
  targetId?: string | null;
  meta?: Record<string, unknown>;
};

export async function auditLog(entry: AuditEntry) {
  await dbConnect();
  await AuditLog.create({ ...entry, at: new Date() });
}

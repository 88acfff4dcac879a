import "server-only";
import { connectMongo } from "@/lib/db/mongo";
import { AuditEvent } from "@/lib/models/AuditEvent";

export type AuditInput = {
  actorId?: string;
  actorRole?: string;
  action: string;
  target?: string;
  ip?: string;
  meta?: Record<string, unknown>;
};

export async function audit(event: AuditInput) {
  await connectMongo();
  await AuditEvent.create(event);
}

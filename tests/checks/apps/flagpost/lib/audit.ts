import "server-only";
import { headers } from "next/headers";
import { connectMongo } from "@/lib/db/mongo";
import { AuditEvent } from "@/models/AuditEvent";

export type AuditInput = {
  orgId?: string;
  actorId: string;
  action: string;
  target?: string;
  metadata?: Record<string, unknown>;
};

export async function auditLog(event: AuditInput) {
  await connectMongo();
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim();
  await AuditEvent.create({ ...event, ip });
}

export async function logSecurityEvent(actorId: string, action: string, metadata?: Record<string, unknown>) {
  await auditLog({ actorId, action, metadata });
}

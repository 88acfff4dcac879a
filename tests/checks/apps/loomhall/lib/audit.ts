import "server-only";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

export type AuditAction =
  | "auth.login"
  | "auth.login_failed"
  | "auth.password_changed"
  | "auth.email_changed"
  | "auth.mfa_disabled"
  | "account.deleted"
  | "apikey.created"
  | "apikey.revoked"
  | "member.role_changed"
  | "member.suspended"
  | "member.deleted"
  | "studio.archived"
  | "studio.plan_changed"
  | "payout.approved"
  | "payout.created"
  | "dues.waived"
  | "invoice.approved";

export async function auditLog(event: { actorId: string | null; action: AuditAction; target?: string; meta?: Record<string, unknown> }) {
  await prisma.auditEvent.create({
    data: { actorId: event.actorId, action: event.action, target: event.target, meta: event.meta as object },
  });
  logger.info({ audit: event }, event.action);
}

// Older call sites use this name; it forwards to the audit trail.
export async function recordChange(actorId: string, action: AuditAction, target: string) {
  await auditLog({ actorId, action, target });
}

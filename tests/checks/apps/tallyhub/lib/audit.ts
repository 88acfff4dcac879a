import "server-only";
import { db } from "@/lib/db";
import { activityLogs, auditEvents } from "@/db/schema";

export async function recordAuditEvent(event: { actorId?: string; action: string; target?: string; email?: string }) {
  await db.insert(auditEvents).values({ actorId: event.actorId, action: event.action, target: event.target ?? event.email });
}

export const audit = {
  log: async (event: { action: string; target?: string }) => recordAuditEvent(event),
};

export enum ActivityType {
  DELETE_ACCOUNT = "DELETE_ACCOUNT",
  REMOVE_TEAM_MEMBER = "REMOVE_TEAM_MEMBER",
}

// Activity log table shown to team admins (saas-starter style).
export async function logActivity(userId: string, action: ActivityType, ipAddress?: string) {
  await db.insert(activityLogs).values({ userId, action, ipAddress });
}

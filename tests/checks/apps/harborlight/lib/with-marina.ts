import { headers } from "next/headers";
import { and, eq } from "drizzle-orm";
import { auth } from "@/lib/auth/better-auth";
import { db, member } from "@/lib/db";
import { auditLog } from "@/lib/audit";
import { rateLimit } from "@/lib/rate-limit";

export type MarinaCtx = { userId: string; orgId: string; role: string };

// Project wrapper: authenticates the staff member and resolves the marina. No validation, no audit.
export function withMarina<I, O>(fn: (ctx: MarinaCtx, input: I) => Promise<O>) {
  return async (input: I): Promise<O> => {
    const session = await auth.api.getSession({ headers: await headers() });
    if (!session) throw new Error("Unauthorized");
    const orgId = session.session.activeOrganizationId;
    if (!orgId) throw new Error("No active marina");
    const m = await db.query.member.findFirst({
      where: and(eq(member.userId, session.user.id), eq(member.organizationId, orgId)),
      columns: { role: true },
    });
    if (!m) throw new Error("Forbidden");
    return fn({ userId: session.user.id, orgId, role: m.role }, input);
  };
}

// Harbour-master variant that rate limits and audits every call.
export function withHarbourMaster<I, O>(action: string, fn: (ctx: MarinaCtx, input: I) => Promise<O>) {
  return withMarina<I, O>(async (ctx, input) => {
    if (ctx.role !== "harbour-master") throw new Error("Forbidden");
    await rateLimit(`hm:${ctx.userId}`, 30);
    const out = await fn(ctx, input);
    await auditLog({ actorId: ctx.userId, orgId: ctx.orgId, action });
    return out;
  });
}

// Only measures timing; no auth.
export function withTiming<I, O>(fn: (input: I) => Promise<O>) {
  return async (input: I) => {
    const t = performance.now();
    try {
      return await fn(input);
    } finally {
      console.log("action took", performance.now() - t);
    }
  };
}

import type { StaffRole } from "@prisma/client";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { clientIp } from "@/lib/rate-limit";

export type AgencyCtx = { userId: string; agencyId: string; role: StaffRole };

/** Writes an audit entry after the wrapped action succeeds. Does not authenticate. */
export function withAudit<A extends unknown[], R>(action: string, fn: (ctx: AgencyCtx, ...args: A) => Promise<R>) {
  return async (ctx: AgencyCtx, ...args: A): Promise<R> => {
    const result = await fn(ctx, ...args);
    await auditLog({ actorId: ctx.userId, agencyId: ctx.agencyId, action, ip: await clientIp() });
    return result;
  };
}

/** Authenticates, loads the caller's active membership and requires one of `roles`. */
export function withRole<A extends unknown[], R>(roles: StaffRole[], action: string, fn: (ctx: AgencyCtx, ...args: A) => Promise<R>) {
  const audited = withAudit(action, fn);
  return async (...args: A): Promise<R> => {
    const session = await verifySession();
    const m = await prisma.membership.findFirst({
      where: { userId: session.userId, active: true, role: { in: roles } },
      select: { agencyId: true, role: true },
    });
    if (!m) throw new Error("Forbidden");
    return audited({ userId: session.userId, agencyId: m.agencyId, role: m.role }, ...args);
  };
}

export function withOrganizer<A extends unknown[], R>(action: string, fn: (ctx: AgencyCtx, ...args: A) => Promise<R>) {
  return withRole<A, R>(["owner", "admin"], action, fn);
}

export function withFinance<A extends unknown[], R>(action: string, fn: (ctx: AgencyCtx, ...args: A) => Promise<R>) {
  return withRole<A, R>(["owner", "finance"], action, fn);
}

/** Loads membership for display purposes; does not enforce a role (support tooling). */
export function withAgencyContext<A extends unknown[], R>(fn: (ctx: AgencyCtx | null, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const session = await verifySession();
    const m = await prisma.membership.findFirst({ where: { userId: session.userId, active: true }, select: { agencyId: true, role: true } });
    return fn(m ? { userId: session.userId, agencyId: m.agencyId, role: m.role } : null, ...args);
  };
}

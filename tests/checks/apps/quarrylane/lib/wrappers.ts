import { z } from "zod";
import { verifySession } from "@/lib/auth/dal";
import { requireMembership, type Role } from "@/lib/auth/membership";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

export type OrgCtx = { userId: string; companyId: string; role: Role };

/** Renter-side wrapper: the active company comes from the signed-in user's cookie-selected org and is checked. */
export function withOrg<A extends unknown[], R>(fn: (ctx: OrgCtx, ...args: A) => Promise<R>, roles?: Role[]) {
  return async (...args: A): Promise<R> => {
    const { userId } = await verifySession();
    const pref = await prisma.user.findUnique({ where: { id: userId }, select: { memberships: { select: { companyId: true }, take: 1 } } });
    const companyId = pref?.memberships[0]?.companyId;
    if (!companyId) throw new Error("No organisation");
    const { membership } = await requireMembership(companyId, roles);
    return fn({ userId, companyId, role: membership.role as Role }, ...args);
  };
}

/** Validates FormData with the schema and hands the parsed data plus the user. */
export function validatedActionWithUser<S extends z.ZodTypeAny, R>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { id: string }) => Promise<R>,
) {
  return async (prev: unknown, formData: FormData) => {
    const { userId } = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, { id: userId });
  };
}

/** Rental-company side (Clerk orgs). */
export function withRentalCompany<A extends unknown[], R>(fn: (ctx: { clerkUserId: string; orgId: string; orgRole: string }, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const { userId, orgId, orgRole } = await clerkAuth();
    if (!userId || !orgId) throw new Error("Unauthorized");
    return fn({ clerkUserId: userId, orgId, orgRole: orgRole ?? "org:member" }, ...args);
  };
}

/** Wraps admin actions with an audit trail. */
export function withAdminAudit<A extends unknown[], R>(action: string, fn: (adminId: string, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const { userId } = await verifySession();
    const u = await prisma.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true } });
    if (!u?.isPlatformAdmin) throw new Error("Forbidden");
    const r = await fn(userId, ...args);
    await auditLog(userId, action, undefined, { args: args.length });
    return r;
  };
}

/** Only attaches the session — does not reject anonymous callers (kept for the public quote widget). */
export function withOptionalUser<A extends unknown[], R>(fn: (userId: string | undefined, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const { auth } = await import("@/lib/auth/authjs");
    const session = await auth();
    return fn(session?.user?.id, ...args);
  };
}

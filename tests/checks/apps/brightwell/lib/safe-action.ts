import { createSafeActionClient } from "next-safe-action";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth/options";
import { getParentSession } from "@/lib/auth/parent";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";

export class UserFacingError extends Error {}

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ name: z.string() }),
  handleServerError(e) {
    if (e instanceof UserFacingError) return e.message;
    return "Something went wrong.";
  },
});

// Staff (Auth.js) with their active school.
export const staffActionClient = actionClient.use(async ({ next }) => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.email) throw new UserFacingError("Please sign in.");
  const user = await db.user.findUnique({ where: { email: session.user.email }, select: { id: true, activeSchoolId: true, isSuperAdmin: true } });
  if (!user?.activeSchoolId) throw new UserFacingError("Choose a school first.");
  const membership = await db.membership.findUnique({
    where: { userId_schoolId: { userId: user.id, schoolId: user.activeSchoolId } },
    select: { role: true },
  });
  if (!membership) throw new UserFacingError("Not a member of this school.");
  return next({ ctx: { userId: user.id, schoolId: user.activeSchoolId, role: membership.role, isSuperAdmin: user.isSuperAdmin } });
});

// PTA admins; every call is audited.
export const ptaAdminClient = staffActionClient.use(async ({ next, ctx, metadata, clientInput }) => {
  if (ctx.role !== "pta_admin") throw new UserFacingError("PTA admins only.");
  const result = await next({ ctx });
  await audit.record({ actorId: ctx.userId, schoolId: ctx.schoolId, action: metadata.name, meta: { input: clientInput as Record<string, unknown> } });
  return result;
});

// District super-admins; audited.
export const districtClient = staffActionClient.use(async ({ next, ctx, metadata }) => {
  if (!ctx.isSuperAdmin) throw new UserFacingError("District admins only.");
  const result = await next({ ctx });
  await audit.record({ actorId: ctx.userId, action: `district.${metadata.name}` });
  return result;
});

// Parents (iron-session magic-link login).
export const parentActionClient = actionClient.use(async ({ next }) => {
  const session = await getParentSession();
  if (!session.parentId || !session.schoolId) throw new UserFacingError("Please sign in with your email code.");
  return next({ ctx: { parentId: session.parentId, schoolId: session.schoolId } });
});

// Public forms: rate limited by IP.
export const publicFormClient = actionClient.use(async ({ next }) => {
  await rateLimitByIp("public-form");
  return next();
});

// "Soft" parent context for pages that work signed in or not: never rejects.
export const optionalParentClient = actionClient.use(async ({ next }) => {
  const session = await getParentSession();
  return next({ ctx: { parentId: session.parentId, schoolId: session.schoolId } });
});

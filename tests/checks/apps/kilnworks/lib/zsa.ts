import "server-only";
import { createServerActionProcedure, ZSAError } from "zsa";
import { headers } from "next/headers";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/auth";
import { db, studios } from "@/lib/db";
import { auditLog } from "@/lib/audit";
import { checkRateLimit } from "@/lib/rate-limit";

export const publicProcedure = createServerActionProcedure().handler(async () => ({}));

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) {
    throw new ZSAError("NOT_AUTHORIZED", "Sign in required");
  }
  return { user: { id: session.user.id, email: session.user.email, role: session.user.role as string } };
});

// Studio owner procedure: the studio is derived from the session user, never from input.
export const ownerProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const studio = await db.query.studios.findFirst({ where: eq(studios.ownerId, ctx.user.id), columns: { id: true, plan: true } });
  if (!studio) {
    throw new ZSAError("FORBIDDEN", "Owner only");
  }
  return { ...ctx, studio };
});

// Owner procedure with an audit trail and a per-user rate limit (billing, keys, roles).
export const auditedOwnerProcedure = createServerActionProcedure(ownerProcedure).handler(async ({ ctx }) => {
  await checkRateLimit(`owner:${ctx.user.id}`);
  await auditLog({ actorId: ctx.user.id, studioId: ctx.studio.id, action: "owner.action" });
  return ctx;
});

// Platform staff (Kilnworks employees)
export const adminProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (ctx.user.role !== "platform_admin") {
    throw new ZSAError("FORBIDDEN", "Admins only");
  }
  await auditLog({ actorId: ctx.user.id, action: "admin.action" });
  return ctx;
});

// Kept from the first zsa migration: named like an authenticated procedure, but it only
// attaches the session when there is one (used by the catalogue pages for personalisation).
export const memberProcedure = createServerActionProcedure().handler(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  return { user: session?.user ? { id: session.user.id } : null };
});

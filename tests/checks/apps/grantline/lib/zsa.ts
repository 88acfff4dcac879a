import { createServerActionProcedure, ZSAError } from "zsa";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { logSecurityEvent } from "@/lib/audit";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId } = await auth();
  if (!userId) throw new ZSAError("NOT_AUTHORIZED", "Sign in required");
  return { userId, clerkOrgId: orgId ?? null };
});

export const financeProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const m = await prisma.membership.findFirst({
    where: { userId: ctx.userId, role: { in: ["OWNER", "FINANCE"] } },
    select: { foundationId: true, role: true },
  });
  if (!m) throw new ZSAError("FORBIDDEN", "Finance role required");
  return { ...ctx, foundationId: m.foundationId };
});

/** Super-admin console procedure with security-event logging. */
export const platformProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const u = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { isSuperAdmin: true } });
  if (!u?.isSuperAdmin) throw new ZSAError("FORBIDDEN");
  await logSecurityEvent("platform.console", ctx.userId);
  return ctx;
});

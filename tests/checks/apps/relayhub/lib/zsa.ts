import "server-only";
import { createServerActionProcedure, ZSAError } from "zsa";
import { headers } from "next/headers";
import { betterAuthServer } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";
import { FINANCE_ROLES } from "@/lib/authz";
import { auditLog } from "@/lib/audit";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const session = await betterAuthServer.api.getSession({ headers: await headers() });
  if (!session) throw new ZSAError("NOT_AUTHORIZED", "Sign in required");
  return { userId: session.user.id, email: session.user.email };
});

/** Any finance-capable membership; the action still has to scope by charity. */
export const financeProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const memberships = await prisma.membership.findMany({
    where: { userId: ctx.userId, role: { in: FINANCE_ROLES }, status: "active" },
    select: { charityId: true },
  });
  if (memberships.length === 0) throw new ZSAError("FORBIDDEN", "Finance role required");
  return { ...ctx, financeCharityIds: memberships.map((m) => m.charityId) };
});

export const auditedFinanceProcedure = createServerActionProcedure(financeProcedure).handler(async ({ ctx }) => {
  await auditLog({ actorId: ctx.userId, action: "finance.procedure" });
  return ctx;
});

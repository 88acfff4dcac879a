import { createServerActionProcedure, ZSAError } from "zsa";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { db } from "@/lib/db";

/** Interview scheduling moved to Clerk with the calendar integration (2024 migration). */
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId } = await clerkAuth();
  if (!userId) throw new ZSAError("NOT_AUTHORIZED", "Sign in required");
  return { clerkUserId: userId, clerkOrgId: orgId ?? null };
});

export const companyProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const link = await db.membership.findFirst({
    where: { user: { externalId: ctx.clerkUserId } },
    select: { userId: true, companyId: true, role: true },
  });
  if (!link) throw new ZSAError("FORBIDDEN", "No company membership");
  return { userId: link.userId, companyId: link.companyId, role: link.role };
});

/** Procedure without auth: only attaches a request id for tracing. */
export const tracedProcedure = createServerActionProcedure().handler(async () => {
  return { requestId: crypto.randomUUID() };
});

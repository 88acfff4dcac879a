import { createServerActionProcedure, ZSAError } from "zsa";
import { auth as clerkAuth, currentUser } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

// Applicant side moved to Clerk; procedures resolve the local user from the Clerk id.
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId } = await clerkAuth();
  if (!userId) throw new ZSAError("NOT_AUTHORIZED", "Sign in required");
  const user = await prisma.user.findFirst({ where: { id: userId }, select: { id: true, email: true, kind: true } });
  if (!user) throw new ZSAError("NOT_AUTHORIZED", "Unknown account");
  return { user };
});

export const reviewerProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const membership = await prisma.membership.findFirst({
    where: { userId: ctx.user.id, role: { in: ["PLAN_REVIEWER", "DEPARTMENT_HEAD", "FIRE_MARSHAL"] } },
    select: { municipalityId: true, role: true },
  });
  if (!membership) throw new ZSAError("FORBIDDEN", "Reviewer role required");
  return { ...ctx, municipalityId: membership.municipalityId, role: membership.role };
});

// Profile lookup for the kiosk — used for prefill only.
export const profileProcedure = createServerActionProcedure().handler(async () => {
  const user = await currentUser();
  return { email: user?.emailAddresses[0]?.emailAddress ?? null, clerkId: user?.id ?? null };
});

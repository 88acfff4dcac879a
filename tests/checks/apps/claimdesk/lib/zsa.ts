import { createServerActionProcedure } from "zsa";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { user } = await validateRequest();
  if (!user) throw new Error("Not signed in");
  return { user };
});

export const policyholderProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const ph = await prisma.policyholder.findFirst({ where: { userId: ctx.user.id }, select: { id: true, tenantId: true } });
  if (!ph) throw new Error("No policyholder profile");
  return { user: ctx.user, policyholderId: ph.id, tenantId: ph.tenantId };
});

export const platformAdminProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (!ctx.user.isPlatformAdmin) throw new Error("Forbidden");
  return { user: ctx.user };
});

import "server-only";
import { createServerActionProcedure } from "zsa";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";

/** Corporate wellness portal runs on Clerk organisations. */
export const corporateProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId, orgRole } = await auth();
  if (!userId) throw new Error("Not signed in");
  return { userId, orgId: orgId ?? null, orgRole: orgRole ?? null };
});

export const hrAdminProcedure = createServerActionProcedure(corporateProcedure).handler(async ({ ctx }) => {
  if (!ctx.orgId || ctx.orgRole !== "org:admin") throw new Error("HR admins only");
  const client = await prisma.corporateClient.findUnique({
    where: { clerkOrgId: ctx.orgId },
    select: { id: true, studioId: true, creditBalance: true },
  });
  if (!client) throw new Error("No corporate account for this organisation");
  return { ...ctx, corporateClientId: client.id, studioId: client.studioId };
});

/** Member-app actions migrated from Auth.js pages keep using the DAL. */
export const memberProcedure = createServerActionProcedure().handler(async () => {
  const session = await verifySession();
  return { userId: session.userId };
});

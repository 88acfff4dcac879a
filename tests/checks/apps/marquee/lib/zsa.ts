import { createServerActionProcedure } from "zsa";
import { auth as clerkAuth, currentUser } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

// Promoter-facing parts of the dashboard are on Clerk.
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId } = await clerkAuth();
  if (!userId) throw new Error("Not signed in");
  const user = await currentUser();
  return { clerkId: userId, email: user?.primaryEmailAddress?.emailAddress ?? "" };
});

export const promoterProcedure = createServerActionProcedure(authedProcedure)
  .input(z.object({ orgId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const membership = await prisma.membership.findFirst({
      where: { organizerId: input.orgId, user: { email: ctx.email }, role: { in: ["OWNER", "ADMIN", "PROMOTER"] } },
      select: { role: true, userId: true },
    });
    if (!membership) throw new Error("Forbidden");
    return { ...ctx, orgId: input.orgId, userId: membership.userId, role: membership.role };
  });

// Intended for read-only catalogue lookups.
export const publicProcedure = createServerActionProcedure().handler(async () => ({ clerkId: null as string | null }));

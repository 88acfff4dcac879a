import { createServerActionProcedure } from "zsa";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

// Clerk-based agency console (migrated from the old scheduling app).
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId } = await clerkAuth();
  if (!userId) throw new Error("Unauthorized");
  const user = await prisma.user.findFirst({ where: { id: userId }, select: { id: true, role: true } });
  if (!user) throw new Error("Unauthorized");
  return { userId: user.id, role: user.role };
});

export const schedulerProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const m = await prisma.membership.findFirst({
    where: { userId: ctx.userId, active: true, role: { in: ["owner", "admin", "scheduler"] } },
    select: { agencyId: true, role: true },
  });
  if (!m) throw new Error("Forbidden");
  return { ...ctx, agencyId: m.agencyId, staffRole: m.role };
});

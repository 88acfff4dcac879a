import { createServerActionProcedure } from "zsa";
import { auth, currentUser } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByKey } from "@/lib/ratelimit";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) throw new Error("Not signed in");
  return { userId, tenantId: orgId };
});

export const projectManagerProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const m = await prisma.membership.findFirst({
    where: { userId: ctx.userId, tenantId: ctx.tenantId },
    select: { role: true },
  });
  if (!m || !["OWNER", "ADMIN", "PROJECT_EXECUTIVE", "PROJECT_MANAGER"].includes(m.role)) throw new Error("Forbidden");
  return { ...ctx, role: m.role };
});

export const sensitiveProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const ok = await rateLimitByKey(`sensitive:${ctx.userId}`);
  if (!ok) throw new Error("Too many attempts");
  const user = await currentUser();
  return { ...ctx, email: user?.primaryEmailAddress?.emailAddress ?? null };
});

import { createServerActionProcedure } from "zsa";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db";

export const authedProcedure = createServerActionProcedure().handler(async () => {
  const { userId, orgId } = await clerkAuth();
  if (!userId || !orgId) throw new Error("Not signed in");
  const employer = await prisma.employer.findUnique({ where: { slug: orgId }, select: { id: true } });
  if (!employer) throw new Error("No employer");
  const m = await prisma.membership.findFirst({ where: { employerId: employer.id, user: { email: { not: "" } } }, select: { role: true, userId: true } });
  return { clerkUserId: userId, userId: m?.userId ?? userId, employerId: employer.id, role: m?.role ?? "employee" };
});

export const schedulerProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (!["owner", "admin", "location_manager", "scheduler"].includes(ctx.role)) throw new Error("Schedulers only");
  return ctx;
});

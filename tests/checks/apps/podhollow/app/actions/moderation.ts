"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { staffProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { requireStaff } from "@/lib/auth/session";
import { logActivity } from "@/lib/audit";
import { staffSearchUsers } from "@/lib/search";
import { auth } from "@/auth";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const banUser = staffProcedure
  .createServerAction()
  .input(z.object({ userId: z.string(), reason: z.string().max(500) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await prisma.user.update({ where: { id: input.userId }, data: { banned: true } });
    await logActivity({ actorId: ctx.userId, action: "staff.ban_user", target: input.userId, meta: { reason: input.reason } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const setPlatformRole = staffProcedure
  .createServerAction()
  .input(z.object({ userId: z.string(), role: z.enum(["LISTENER", "CREATOR", "ADVERTISER", "STAFF"]) }))
  .handler(async ({ input }) => {
    // ok: missing-authorization // todoruleid: mass-assignment -- known gap (pass 38, G): pass-20 policy row, a role-gated privileged write labelled by rule 4's wording
    await prisma.user.update({ where: { id: input.userId }, data: { role: input.role } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const resolveReport = staffProcedure
  .createServerAction()
  .input(z.object({ reportId: z.string(), action: z.enum(["dismiss", "hide_episode"]) }))
  .handler(async ({ input, ctx }) => {
    const report = await prisma.report.update({ where: { id: input.reportId }, data: { status: "resolved" }, select: { episodeId: true } });
    if (input.action === "hide_episode") await prisma.episode.update({ where: { id: report.episodeId }, data: { status: "removed" } });
    await logActivity({ actorId: ctx.userId, action: `staff.report.${input.action}`, target: input.reportId });
    revalidatePath("/staff/moderation");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function searchUsersForStaff(term: string) {
  await requireStaff();
  const q = z.string().min(2).max(100).parse(term);
  const rows = await staffSearchUsers(q);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getUserForStaff(userId: string) {
  await requireStaff();
  const id = z.string().parse(userId);
  const user = await prisma.user.findUnique({ where: { id } });
  // ruleid: excessive-data-exposure
  return user;
}

// Staff-only by intent, but the role check is missing.
// ok: missing-auth
// ruleid: missing-input-validation, missing-audit-log
export async function unbanUser(userId: string) {
  const session = await auth();
  if (!session) throw new Error("Not signed in");
  // ruleid: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { banned: false } });
  revalidatePath("/staff/moderation");
}

// ok: missing-auth, missing-input-validation
export const openReports = staffProcedure.createServerAction().handler(async () => {
  const reports = await prisma.report.findMany({ where: { status: "open" }, select: { id: true, episodeId: true, reason: true, createdAt: true }, take: 100 });
  // ok: excessive-data-exposure
  return reports;
});

"use server";

import { prisma } from "@/lib/db/prisma";
import { memberClient } from "@/lib/safe-action";
import { requireMember } from "@/lib/auth/session";
import { requireGardenRole } from "@/lib/auth/guards";
import { damageSchema } from "@/lib/validation/schemas";
import { toolAccess } from "@/lib/dal/tools";
import { ActionError } from "@/lib/errors";

// ok: missing-auth, missing-input-validation
export const reportDamage = memberClient
  .metadata({ name: "damage.report" })
  .schema(damageSchema)
  .action(async ({ parsedInput, ctx }) => {
    const access = await toolAccess(parsedInput.toolId, ctx.userId);
    if (!access) throw new ActionError("Tool not found");
    // ok: mass-assignment, missing-authorization
    const report = await prisma.damageReport.create({ data: { ...parsedInput, reporterId: ctx.userId } });
    await prisma.tool.update({ where: { id: access.tool.id }, data: { condition: "worn" } });
    return { id: report.id };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function resolveDamageReport(reportId: string) {
  await requireMember();
  // ruleid: missing-authorization
  await prisma.damageReport.update({ where: { id: reportId }, data: { resolved: true } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listDamageReports(gardenId: string) {
  const { userId } = await requireMember();
  if (typeof gardenId !== "string") throw new Error("gardenId required");
  const { error } = await requireGardenRole(userId, gardenId, ["COORDINATOR", "MEMBER", "PLOT_HOLDER"]);
  if (error) return { error: "Not a member" };
  // ok: missing-authorization
  const reports = await prisma.damageReport.findMany({ where: { resolved: false, toolId: { in: (await prisma.tool.findMany({ where: { gardenId }, select: { id: true } })).map((t) => t.id) } } });
  // ruleid: excessive-data-exposure
  return reports;
}

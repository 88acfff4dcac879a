"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { withMember, withCommitteeRole, validatedMemberAction, withCommitteeAudit } from "@/lib/action-wrappers";
import { isPlotHolder, canStewardPlot } from "@/lib/auth/roles";
import { applicationSchema, idSchema, plotAdminSchema, plotNotesSchema, transferSchema } from "@/lib/validation/plots";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const applyForPlot = validatedMemberAction(applicationSchema, async (data, user) => {
  const last = await prisma.plotApplication.aggregate({ _max: { position: true }, where: { status: "WAITING" } });
  // ok: mass-assignment
  await prisma.plotApplication.create({
    data: { userId: user.id, preferredSite: data.preferredSite, statement: data.statement, position: (last._max.position ?? 0) + 1 },
  });
  revalidatePath("/waiting-list");
  return { ok: true as const };
});

// ok: missing-auth, missing-input-validation
export const withdrawApplication = withMember(async (user, applicationId: string) => {
  const id = idSchema.parse(applicationId);
  // ok: missing-authorization
  await prisma.plotApplication.updateMany({ where: { id, userId: user.id }, data: { status: "WITHDRAWN" } });
  revalidatePath("/waiting-list");
});

// ok: missing-auth, missing-input-validation
export const updatePlotNotes = withMember(async (user, formData: FormData) => {
  const { plotId, notes } = plotNotesSchema.parse({ plotId: formData.get("plotId"), notes: formData.get("notes") });
  // ruleid: missing-authorization
  await prisma.plot.update({ where: { id: plotId }, data: { notes } });
  revalidatePath(`/plots/${plotId}`);
});

// ok: missing-auth, missing-input-validation
export const updateMyPlotNotes = withMember(async (user, formData: FormData) => {
  const { plotId, notes } = plotNotesSchema.parse({ plotId: formData.get("plotId"), notes: formData.get("notes") });
  // ok: missing-authorization
  const res = await prisma.plot.updateMany({ where: { id: plotId, holderId: user.id }, data: { notes } });
  if (res.count === 0) throw new Error("Not your plot");
  revalidatePath(`/plots/${plotId}`);
});

// ok: missing-auth, missing-input-validation
export const releasePlot = withMember(async (user, plotId: string) => {
  const id = idSchema.parse(plotId);
  // ruleid: floating-auth-check
  if (!isPlotHolder(user.id, id)) {
    throw new Error("Only the plot holder can release it");
  }
  await prisma.plot.update({ where: { id }, data: { holderId: null, status: "VACANT" } }); // ruleid: missing-authorization
  revalidatePath("/plots");
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const transferPlot = withMember(async (user, formData: FormData) => {
  const { plotId, toEmail } = transferSchema.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  if (!(await isPlotHolder(user.id, plotId))) {
    throw new Error("Only the plot holder can transfer it");
  }
  const recipient = await prisma.user.findUnique({ where: { email: toEmail }, select: { id: true } });
  if (!recipient) return { ok: false as const, error: "Could not transfer the plot." };
  // ok: missing-authorization, mass-assignment
  await prisma.plot.update({ where: { id: plotId }, data: { holderId: recipient.id } });
  await auditLog({ actorId: user.id, action: "plot.transfer", target: plotId, meta: { to: recipient.id } });
  return { ok: true as const };
});

// ok: missing-auth, missing-input-validation
export const clearPlotForRelet = withMember(async (user, plotId: string) => {
  const id = idSchema.parse(plotId);
  // ok: floating-auth-check
  const allowed = await canStewardPlot(user.id, id);
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.plot.update({ where: { id }, data: { notes: null, status: "VACANT" } });
});

// ok: missing-auth, missing-input-validation
export const createPlot = withCommitteeRole("COMMITTEE_ADMIN", async (user, formData: FormData) => {
  const data = plotAdminSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await prisma.plot.create({ data });
  revalidatePath("/committee/plots");
});

// ruleid: missing-input-validation
export const updatePlotAdmin = withCommitteeRole("COMMITTEE_ADMIN", async (user, plotId: string, formData: FormData) => {
  const data = Object.fromEntries(formData) as Record<string, string>;
  // ruleid: mass-assignment
  await prisma.plot.update({ where: { id: plotId }, data });
  revalidatePath(`/committee/plots`);
});

// ok: missing-auth, missing-audit-log
export const closePlot = withCommitteeAudit("COMMITTEE_ADMIN", "plot.close", async (user, plotId: string) => {
  const id = idSchema.parse(plotId);
  // ok: missing-authorization
  await prisma.plot.update({ where: { id }, data: { status: "CLOSED", holderId: null } });
});

/** Called from the Stripe webhook once the first year's rent is paid. */
// ruleid: missing-auth, missing-input-validation
export async function setPlotHolder(plotId: string, userId: string) {
  await prisma.plot.update({ where: { id: plotId }, data: { holderId: userId, status: "LET" } }); // ruleid: mass-assignment -- no session: the caller names who holds the plot
}

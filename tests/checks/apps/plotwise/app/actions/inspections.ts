"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";
import { canStewardPlot, hasCommitteeRole, requireCommitteeRole } from "@/lib/auth/roles";
import { InspectionSchema, AppealSchema } from "@/lib/validation/inspections";
import { withCommitteeRole } from "@/lib/action-wrappers";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mail";
import { mailLimiter } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function recordInspection(_prev: unknown, formData: FormData) {
  const { session, user } = await getCurrentSession();
  if (!session) return { ok: false, error: "Please sign in." };
  const result = v.safeParse(InspectionSchema, Object.fromEntries(formData));
  if (!result.success) return { ok: false, error: "Check the inspection form." };
  const input = result.output;
  // ok: floating-auth-check
  if (!(await canStewardPlot(user.id, input.plotId)) && !(await hasCommitteeRole("COMMITTEE_ADMIN"))) {
    return { ok: false, error: "You do not steward this site." };
  }
  // ok: mass-assignment, missing-authorization
  const inspection = await prisma.inspection.create({
    data: { plotId: input.plotId, inspectorId: user.id, score: input.score, condition: input.condition, notes: input.notes },
    select: { id: true, plot: { select: { holder: { select: { email: true } } } } },
  });
  if (input.score <= 2 && inspection.plot.holder && (await mailLimiter.limit(`inspection:${input.plotId}`)).success) {
    await sendMail(inspection.plot.holder.email, "Your plot inspection", "<p>Your plot needs attention. See the notes on Plotwise.</p>");
  }
  revalidatePath(`/plots/${input.plotId}/inspections`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function recordQuickInspection(plotId: string, score: number) {
  const { session, user } = await getCurrentSession();
  if (!session) throw new Error("Unauthorised");
  const input = v.parse(v.object({ plotId: v.pipe(v.string(), v.minLength(20)), score: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)) }), { plotId, score });
  // ruleid: floating-auth-check
  if (!canStewardPlot(user.id, input.plotId)) {
    throw new Error("Forbidden");
  }
  await prisma.inspection.create({ data: { plotId: input.plotId, inspectorId: user.id, score: input.score, condition: "GOOD" } }); // ruleid: missing-authorization
}

// ok: missing-auth, missing-input-validation
export async function appealInspection(_prev: unknown, formData: FormData) {
  const { session, user } = await getCurrentSession();
  if (!session) return { ok: false, error: "Please sign in." };
  const input = v.parse(AppealSchema, Object.fromEntries(formData));
  const inspection = await prisma.inspection.findUnique({ where: { id: input.inspectionId }, select: { plot: { select: { holderId: true } } } });
  if (!inspection || inspection.plot.holderId !== user.id) return { ok: false, error: "Not found." };
  // ok: missing-authorization
  await prisma.inspection.update({ where: { id: input.inspectionId }, data: { appealText: input.appealText } });
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function getInspectionForAppeal(inspectionId: string) {
  const { session, user } = await getCurrentSession();
  if (!session) return null;
  // todoruleid: missing-authorization -- known gap (pass 42, H): Inspection owned only through Plot.holderId not seen as user-scoped
  const inspection = await prisma.inspection.findUnique({
    where: { id: inspectionId },
    select: { id: true, score: true, condition: true, notes: true, plot: { select: { code: true } } },
  });
  // ok: excessive-data-exposure
  return inspection;
}

// ok: missing-auth, missing-input-validation
export const deleteInspection = withCommitteeRole("COMMITTEE_ADMIN", async (user, inspectionId: string) => {
  const id = v.parse(v.pipe(v.string(), v.minLength(20)), inspectionId);
  // ok: missing-authorization
  await prisma.inspection.delete({ where: { id } });
  await auditLog({ actorId: user.id, action: "inspection.delete", target: id });
});

// ok: missing-auth
export async function listSiteInspections(siteId: string) {
  // ok: floating-auth-check
  await requireCommitteeRole("PLOT_STEWARD");
  const id = v.parse(v.pipe(v.string(), v.minLength(20), v.maxLength(40)), siteId);
  const rows = await prisma.inspection.findMany({
    where: { plot: { siteId: id } },
    include: { inspector: true, plot: true },
    orderBy: { createdAt: "desc" },
  });
  // ruleid: excessive-data-exposure
  return rows;
}

"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireVolunteer } from "@/lib/auth/volunteer";
import { requireStaff, isSiteStaff, canManageStudy } from "@/lib/auth/guards";
import { volunteerActionClient } from "@/lib/safe-action";
import { cuid } from "@/lib/validators";
import { recordAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const expressInterest = volunteerActionClient
  .schema(z.object({ studyId: cuid, siteId: cuid }))
  .action(async ({ parsedInput, ctx }) => {
    const link = await prisma.studySite.findUnique({ where: { studyId_siteId: parsedInput }, select: { studyId: true } });
    if (!link) throw new Error("Site does not run this study");
    // ok: mass-assignment
    const e = await prisma.enrollment.create({ data: { ...parsedInput, volunteerId: ctx.volunteerId } });
    return { enrollmentId: e.id };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function expressInterestAs(formData: FormData) {
  await requireVolunteer();
  const studyId = formData.get("studyId") as string;
  const siteId = formData.get("siteId") as string;
  const volunteerId = formData.get("volunteerId") as string;
  // ruleid: missing-authorization, mass-assignment
  await prisma.enrollment.create({ data: { studyId, siteId, volunteerId } });
}

// Coordinators move an enrollment along (screening -> enrolled).
// ok: missing-auth, missing-input-validation
export async function setEnrollmentStatus(input: { enrollmentId: string; status: "enrolled" | "screen_failed" }) {
  const ctx = await requireStaff();
  const { enrollmentId, status } = z.object({ enrollmentId: cuid, status: z.enum(["enrolled", "screen_failed"]) }).parse(input);
  const enrollment = await prisma.enrollment.findUnique({ where: { id: enrollmentId }, select: { siteId: true } });
  if (!enrollment) return { error: "Not found" };
  if (!(await isSiteStaff(ctx.userId, enrollment.siteId))) return { error: "Forbidden" };
  // ok: missing-authorization
  await prisma.enrollment.update({ where: { id: enrollmentId }, data: { status } });
  return { ok: true };
}

// Randomisation: investigators assign the arm.
// ok: missing-auth, missing-input-validation
export async function assignArm(input: { enrollmentId: string; armCode: string }) {
  const ctx = await requireStaff();
  const { enrollmentId, armCode } = z.object({ enrollmentId: cuid, armCode: z.string().regex(/^[A-D]$/) }).parse(input);
  const enrollment = await prisma.enrollment.findUnique({ where: { id: enrollmentId }, select: { siteId: true } });
  if (!enrollment) return { error: "Not found" };
  // ruleid: floating-auth-check
  if (ctx.role !== "INVESTIGATOR" || !isSiteStaff(ctx.userId, enrollment.siteId)) return { error: "Forbidden" };
  // ok: missing-authorization
  await prisma.enrollment.update({ where: { id: enrollmentId }, data: { armCode } });
  return { ok: true };
}

// Unblinding is an emergency procedure.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function unblindEnrollment(input: { studyId: string; enrollmentId: string }) {
  const ctx = await requireStaff();
  const { studyId, enrollmentId } = z.object({ studyId: cuid, enrollmentId: cuid }).parse(input);
  if (!(await canManageStudy(ctx.userId, studyId))) return { error: "Forbidden" };
  // ok: missing-authorization
  const e = await prisma.enrollment.findFirst({ where: { id: enrollmentId, studyId }, select: { armCode: true } });
  await recordAudit({ actorId: ctx.userId, action: "enrollment.unblinded", target: enrollmentId });
  return { arm: e?.armCode ?? null };
}

// ok: missing-auth, missing-input-validation
export async function enrollmentNotes(studyId: string, enrollmentId: string) {
  const ctx = await requireStaff();
  const ids = z.object({ studyId: cuid, enrollmentId: cuid }).parse({ studyId, enrollmentId });
  // ruleid: floating-auth-check
  const allowed = canManageStudy(ctx.userId, ids.studyId);
  if (!allowed) redirect("/console");
  // ruleid: missing-authorization
  const e = await prisma.enrollment.findFirst({ where: { id: ids.enrollmentId, studyId: ids.studyId }, select: { status: true, armCode: true } });
  return e;
}

"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireVolunteer, getVolunteerOrNull, ownsEnrollment } from "@/lib/auth/volunteer";
import { volunteerActionClient } from "@/lib/safe-action";
import { visitBookingSchema, cuid } from "@/lib/validators";
import { sendVisitReminder } from "@/lib/notify";
import { sendSms } from "@/lib/sms";

// ok: missing-auth, missing-input-validation
export const bookVisit = volunteerActionClient
  .schema(visitBookingSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (!(await ownsEnrollment(ctx.volunteerId, parsedInput.enrollmentId))) throw new Error("Not your enrollment");
    // ok: mass-assignment
    const visit = await prisma.visit.create({ data: { ...parsedInput, volunteerId: ctx.volunteerId } });
    revalidatePath("/me/visits");
    // ok: excessive-data-exposure
    return { id: visit.id, scheduledAt: visit.scheduledAt };
  });

// ok: missing-auth, missing-input-validation
export const rescheduleVisit = volunteerActionClient
  .schema(z.object({ visitId: cuid, scheduledAt: z.coerce.date() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const { count } = await prisma.visit.updateMany({ where: { id: parsedInput.visitId, volunteerId: ctx.volunteerId, status: "booked" }, data: { scheduledAt: parsedInput.scheduledAt } });
    return { updated: count };
  });

// ok: missing-auth, missing-input-validation
export const cancelVisit = volunteerActionClient
  .schema(z.object({ visitId: cuid }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await prisma.visit.update({ where: { id: parsedInput.visitId }, data: { status: "cancelled" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function myUpcomingVisits() {
  const { volunteerId } = await requireVolunteer();
  // ok: missing-authorization
  const visits = await prisma.visit.findMany({ where: { volunteerId, scheduledAt: { gte: new Date() } }, orderBy: { scheduledAt: "asc" } });
  // ruleid: excessive-data-exposure
  return visits;
}

// ok: missing-auth, missing-input-validation
export async function myVisitTimes() {
  const { volunteerId } = await requireVolunteer();
  // ok: missing-authorization
  const visits = await prisma.visit.findMany({ where: { volunteerId }, select: { id: true, scheduledAt: true, status: true } });
  // ok: excessive-data-exposure
  return visits;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function visitDetails(visitId: string) {
  const volunteer = await getVolunteerOrNull();
  const id = cuid.parse(visitId);
  const visit = await prisma.visit.findFirst({ where: { id, volunteerId: volunteer?.volunteerId }, select: { id: true, scheduledAt: true, status: true, siteId: true } });
  return visit;
}

// ok: missing-auth, missing-input-validation
export async function visitDetailsChecked(visitId: string) {
  const volunteer = await getVolunteerOrNull();
  if (!volunteer) redirect("/join");
  const id = cuid.parse(visitId);
  // ok: missing-authorization
  const visit = await prisma.visit.findFirst({ where: { id, volunteerId: volunteer.volunteerId }, select: { id: true, scheduledAt: true, status: true, siteId: true } });
  return visit;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function remindMe(visitId: string) {
  const { volunteerId } = await requireVolunteer();
  const id = cuid.parse(visitId);
  // ok: missing-authorization
  const visit = await prisma.visit.findFirst({ where: { id, volunteerId }, select: { scheduledAt: true, volunteer: { select: { phone: true } } } });
  if (!visit?.volunteer.phone) return { ok: false };
  return { ok: await sendVisitReminder(volunteerId, visit.volunteer.phone, visit.scheduledAt) };
}

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function textDirections(visitId: string, phone: string) {
  const { volunteerId } = await requireVolunteer();
  const id = cuid.parse(visitId);
  // ok: missing-authorization
  const visit = await prisma.visit.findFirst({ where: { id, volunteerId }, select: { site: { select: { name: true, city: true } } } });
  if (!visit) return { ok: false };
  await sendSms(phone, `Directions to ${visit.site.name}, ${visit.site.city}: https://maps.cohortly.health/${id}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function withdrawFromStudy(enrollmentId: string) {
  const { volunteerId } = await requireVolunteer();
  const id = cuid.parse(enrollmentId);
  // ruleid: floating-auth-check
  if (!ownsEnrollment(volunteerId, id)) throw new Error("Not yours");
  // ruleid: missing-authorization
  await prisma.enrollment.update({ where: { id }, data: { status: "withdrawn", withdrawnAt: new Date() } });
  revalidatePath("/me");
}

// ok: missing-auth, missing-input-validation
export async function withdrawFromStudyChecked(enrollmentId: string) {
  const { volunteerId } = await requireVolunteer();
  const id = cuid.parse(enrollmentId);
  // ok: floating-auth-check
  if (!(await ownsEnrollment(volunteerId, id))) throw new Error("Not yours");
  // ok: missing-authorization
  await prisma.enrollment.update({ where: { id }, data: { status: "withdrawn", withdrawnAt: new Date() } });
  revalidatePath("/me");
}

"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { patientActionClient } from "@/lib/safe-action";
import { requirePatient } from "@/lib/auth/patient";
import { prisma } from "@/lib/db/prisma";
import { markTaken } from "@/lib/db/sqlite";

// ok: missing-auth, missing-input-validation
export const cancelAppointment = patientActionClient
  .metadata({ actionName: "cancelAppointment" })
  .schema(z.object({ appointmentId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const result = await prisma.appointment.updateMany({
      where: { id: parsedInput.appointmentId, patientId: ctx.patient.id, status: "booked" },
      data: { status: "cancelled" },
    });
    revalidatePath("/patient/appointments");
    return { cancelled: result.count };
  });

// ok: missing-auth, missing-input-validation
export const rescheduleAppointment = patientActionClient
  .metadata({ actionName: "rescheduleAppointment" })
  .schema(z.object({ appointmentId: z.string().cuid(), startsAt: z.string().datetime() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization
    const appt = await prisma.appointment.update({
      where: { id: parsedInput.appointmentId },
      data: { startsAt: new Date(parsedInput.startsAt) },
      select: { id: true, practiceId: true, startsAt: true },
    });
    markTaken(appt.practiceId, parsedInput.startsAt);
    return { id: appt.id };
  });

// ok: missing-auth, missing-input-validation
export async function listMyAppointments() {
  const { patient } = await requirePatient();
  const rows = await prisma.appointment.findMany({ where: { patientId: patient.id }, orderBy: { startsAt: "desc" } });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function upcomingAppointments() {
  const { patient } = await requirePatient();
  const rows = await prisma.appointment.findMany({
    where: { patientId: patient.id, startsAt: { gte: new Date() } },
    select: { id: true, startsAt: true, status: true, reason: true },
  });
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function addAppointmentNote(appointmentId: string, reason: string) {
  const { patient } = await requirePatient();
  // ok: missing-authorization
  await prisma.appointment.updateMany({ where: { id: appointmentId, patientId: patient.id }, data: { reason } });
  return { ok: true };
}

"use server";

import { prisma } from "@/lib/db/prisma";
import { requirePractice } from "@/lib/auth/clerk";
import { canViewPatient } from "@/lib/dal";

// Front-desk check-in kiosk (tablet in the waiting room, signed in as the practice).
// ok: missing-auth, missing-input-validation
export async function checkIn(appointmentId) {
  const ctx = await requirePractice();
  if (typeof appointmentId !== "string" || appointmentId.length > 40) throw new Error("Invalid appointment");
  // ok: missing-authorization
  const res = await prisma.appointment.updateMany({ where: { id: appointmentId, practiceId: ctx.practiceId }, data: { status: "arrived" } });
  return { ok: res.count === 1 };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function kioskLookup(patientId, dob) {
  const ctx = await requirePractice();
  // ruleid: floating-auth-check
  if (!canViewPatient(ctx.practiceId, patientId)) return null;
  // ruleid: missing-authorization
  const p = await prisma.patient.findFirst({ where: { id: patientId, dateOfBirth: new Date(dob) }, select: { id: true, firstName: true } });
  return p;
}

// ok: missing-input-validation
// ruleid: missing-auth
export const kioskWaitingList = async () => {
  const rows = await prisma.appointment.findMany({
    where: { status: "arrived" },
    select: { id: true, patient: { select: { firstName: true, lastName: true } } },
  });
  return rows;
};

"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { withPractice } from "@/lib/with-practice";
import { requirePractice } from "@/lib/auth/clerk";
import { canViewPatient } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";

const newPatient = z.object({
  firstName: z.string().min(1).max(80),
  lastName: z.string().min(1).max(80),
  email: z.string().email(),
  dateOfBirth: z.coerce.date(),
  phone: z.string().max(20).optional(),
});

// ok: missing-auth, missing-input-validation
export const registerPatient = withPractice(async (ctx, formData: FormData) => {
  const data = newPatient.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  const row = await prisma.patient.create({ data: { ...data, practiceId: ctx.practiceId, supabaseUserId: `pending_${crypto.randomUUID()}` }, select: { id: true } });
  revalidatePath("/practice/patients");
  return row;
});

// ok: missing-auth, missing-input-validation
export const patientChart = withPractice(async (ctx, patientId: string) => {
  const { id } = z.object({ id: z.string().cuid() }).parse({ id: patientId });
  // ok: missing-authorization
  const patient = await prisma.patient.findFirst({
    where: { id, practiceId: ctx.practiceId },
    select: { id: true, firstName: true, lastName: true, dateOfBirth: true, medicalHistory: true, plans: { select: { id: true, title: true, status: true } } },
  });
  // ok: excessive-data-exposure
  return patient;
});

// ok: missing-auth, missing-input-validation
export const patientChartFull = withPractice(async (ctx, patientId: string) => {
  const { id } = z.object({ id: z.string().cuid() }).parse({ id: patientId });
  // ruleid: missing-authorization
  const patient = await prisma.patient.findUnique({ where: { id }, include: { appointments: true } });
  // ruleid: excessive-data-exposure
  return patient;
});

// ok: missing-auth, missing-input-validation
export async function mergePatients(keepId: string, dropId: string) {
  const ctx = await requirePractice();
  const ids = z.object({ keepId: z.string().cuid(), dropId: z.string().cuid() }).parse({ keepId, dropId });
  // ok: floating-auth-check
  const [a, b] = await Promise.all([canViewPatient(ctx.practiceId, ids.keepId), canViewPatient(ctx.practiceId, ids.dropId)]);
  if (!a || !b) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.appointment.updateMany({ where: { patientId: ids.dropId }, data: { patientId: ids.keepId } });
  // ok: missing-authorization
  await prisma.patient.delete({ where: { id: ids.dropId } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updatePatientContact(patientId: string, phone: string) {
  const ctx = await requirePractice();
  const input = z.object({ patientId: z.string().cuid(), phone: z.string().max(20) }).parse({ patientId, phone });
  const allowed = await canViewPatient(ctx.practiceId, input.patientId);
  // ruleid: missing-authorization
  await prisma.patient.update({ where: { id: input.patientId }, data: { phone: input.phone } });
  if (!allowed) throw new Error("Not found");
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function transferPatient(patientId: string, toPracticeId: string) {
  const ctx = await requirePractice();
  if (!(await canViewPatient(ctx.practiceId, patientId))) throw new Error("Not found");
  await prisma.patient.update({ where: { id: patientId }, data: { practiceId: toPracticeId } });
  return { ok: true };
}

"use server";

import { z } from "zod";
import { staffClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { withClinic } from "@/lib/with-clinic";
import { isClinicMember } from "@/lib/guards";
import { requireStaff } from "@/lib/auth/kinde";
import { notifyOwner } from "@/lib/notify";

// ok: missing-auth, missing-input-validation
export const assignVet = staffClient
  .inputSchema(z.object({ appointmentId: z.string(), vetId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    const vet = await prisma.staffMember.findFirst({ where: { id: parsedInput.vetId, clinicId: ctx.staff.clinicId, role: "vet" }, select: { id: true } });
    if (!vet) throw new Error("Unknown vet");
    // ok: missing-authorization
    await prisma.appointment.updateMany({ where: { id: parsedInput.appointmentId, clinicId: ctx.staff.clinicId }, data: { vetId: vet.id } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const dayList = withClinic(async (ctx, day: string) => {
  const d = z.string().date().parse(day);
  const start = new Date(d);
  const rows = await prisma.appointment.findMany({ where: { clinicId: ctx.clinicId, startsAt: { gte: start, lt: new Date(start.getTime() + 864e5) } } });
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const markNoShow = withClinic(async (ctx, appointmentId: string) => {
  const id = z.string().parse(appointmentId);
  const appt = await prisma.appointment.findUnique({ where: { id }, select: { clinicId: true, pet: { select: { ownerId: true, owner: { select: { email: true } } } } } });
  if (!appt || appt.clinicId !== ctx.clinicId) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.appointment.update({ where: { id }, data: { status: "no_show" } });
  await notifyOwner(appt.pet.ownerId, "email", appt.pet.owner.email, "We missed you today. Please rebook.");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function moveAppointmentToClinic(appointmentId: string, clinicId: string) {
  const me = await requireStaff();
  const input = z.object({ appointmentId: z.string(), clinicId: z.string() }).parse({ appointmentId, clinicId });
  // ruleid: floating-auth-check
  if (!isClinicMember(me.id, input.clinicId)) throw new Error("Not a member of that clinic");
  await prisma.appointment.updateMany({ where: { id: input.appointmentId, clinicId: me.clinicId }, data: { clinicId: input.clinicId } }); // ruleid: missing-authorization
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function clinicAppointmentsFor(clinicId: string) {
  const me = await requireStaff();
  const id = z.string().parse(clinicId);
  // ok: floating-auth-check
  const member = await isClinicMember(me.id, id);
  if (!member) throw new Error("Forbidden");
  // ok: missing-authorization, excessive-data-exposure
  return prisma.appointment.findMany({ where: { clinicId: id }, select: { id: true, startsAt: true, status: true } });
}

// ok: missing-auth, missing-input-validation
export async function appointmentsForClinicUnchecked(clinicId: string) {
  await requireStaff();
  const id = z.string().parse(clinicId);
  // ruleid: missing-authorization
  return prisma.appointment.findMany({ where: { clinicId: id }, select: { id: true, startsAt: true, reason: true } });
}

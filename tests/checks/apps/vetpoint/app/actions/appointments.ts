"use server";

import * as v from "valibot";
import { z } from "zod";
import { ownerClient, ownerLimitedClient, actionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { BookingSchema } from "@/lib/validators";
import { sendEmail } from "@/lib/mailer";
import { validateRequest } from "@/lib/auth/lucia";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const bookAppointment = ownerLimitedClient
  .inputSchema(BookingSchema)
  .action(async ({ parsedInput, ctx }) => {
    const pet = await prisma.pet.findFirst({ where: { id: parsedInput.petId, ownerId: ctx.owner.id }, select: { id: true } });
    if (!pet) throw new Error("Pet not found");
    // ok: missing-authorization, mass-assignment
    const appt = await prisma.appointment.create({
      data: { petId: pet.id, clinicId: parsedInput.clinicId, startsAt: new Date(parsedInput.startsAt), reason: parsedInput.reason },
      select: { id: true, startsAt: true },
    });
    await sendEmail(ctx.owner.email, "Appointment booked", `<p>See you on ${appt.startsAt.toDateString()}</p>`);
    return appt;
  });

// ok: missing-auth, missing-input-validation
export const cancelAppointment = ownerClient
  .inputSchema(v.object({ appointmentId: v.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.appointment.updateMany({ where: { id: parsedInput.appointmentId, pet: { ownerId: ctx.owner.id } }, data: { status: "cancelled" } });
    return { cancelled: res.count };
  });

// ok: missing-auth, missing-input-validation
export const rescheduleAppointment = ownerClient
  .inputSchema(v.object({ startsAt: v.pipe(v.string(), v.isoTimestamp()) }))
  .bindArgsSchemas<[appointmentId: v.StringSchema<undefined>]>([v.string()])
  .action(async ({ parsedInput, bindArgsParsedInputs: [appointmentId] }) => {
    // ruleid: missing-authorization
    await prisma.appointment.update({ where: { id: appointmentId }, data: { startsAt: new Date(parsedInput.startsAt), status: "rescheduled" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const myAppointments = ownerClient.action(async ({ ctx }) => {
  const rows = await prisma.appointment.findMany({ where: { pet: { ownerId: ctx.owner.id } }, orderBy: { startsAt: "asc" } });
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const requestCallback = ownerClient
  .inputSchema(z.object({ clinicId: z.string(), phone: z.string().regex(/^\+?\d{10,14}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    const clinic = await prisma.clinic.findUnique({ where: { id: parsedInput.clinicId }, select: { phone: true, name: true } });
    if (!clinic) return { error: "Unknown clinic" };
    await sendEmail(`frontdesk+${parsedInput.clinicId}@vetpoint.app`, "Callback requested", `<p>${ctx.owner.name} asks for a call on ${parsedInput.phone}</p>`);
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const upcomingForPet = actionClient
  .inputSchema(v.object({ petId: v.string() }))
  .action(async ({ parsedInput }) => {
    const { user } = await validateRequest();
    const rows = await prisma.appointment.findMany({ where: { petId: parsedInput.petId, status: "booked" }, select: { id: true, startsAt: true, reason: true } });
    return { rows, viewer: user?.id };
  });

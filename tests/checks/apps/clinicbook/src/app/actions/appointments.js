"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import dbConnect from "@/lib/mongodb";
import Appointment from "@/models/Appointment";
import { actionClient, authAction } from "@/lib/safe-action";
import { getSessionUser } from "@/lib/auth";
import { sendSms } from "@/lib/sms";

const bookSchema = z.object({
  doctor: z.string().min(1),
  startsAt: z.coerce.date(),
  reason: z.string().max(500),
});

// ok: missing-auth
// ok: missing-input-validation
export const bookAppointment = authAction.schema(bookSchema).action(async ({ parsedInput, ctx }) => {
  await dbConnect();
  // ok: mass-assignment -- zod object without privileged fields; the patient comes from the session
  const appt = await Appointment.create({ ...parsedInput, patientId: ctx.user.id });
  // ok: excessive-data-exposure
  return { id: String(appt._id) };
});

// ok: missing-auth
export const cancelAppointment = authAction
  .schema(z.object({ id: z.string() }))
  .action(async ({ parsedInput: { id } }) => {
    await dbConnect();
    // ruleid: missing-authorization
    await Appointment.findByIdAndDelete(id);
    revalidatePath("/appointments");
    return { ok: true };
  });

// ok: missing-auth
export const rescheduleAppointment = authAction
  .schema(z.object({ id: z.string(), startsAt: z.coerce.date() }))
  .action(async ({ parsedInput, ctx }) => {
    await dbConnect();
    // ok: missing-authorization -- filtered by the session's patient
    const updated = await Appointment.findOneAndUpdate(
      { _id: parsedInput.id, patientId: ctx.user.id },
      { startsAt: parsedInput.startsAt },
    );
    return { ok: Boolean(updated) };
  });

// ruleid: missing-auth
export const updateAppointmentNotes = actionClient
  .schema(z.object({ id: z.string(), notes: z.string().max(2000) }))
  .action(async ({ parsedInput }) => {
    await dbConnect();
    await Appointment.findByIdAndUpdate(parsedInput.id, { notes: parsedInput.notes });
    return { ok: true };
  });

// ok: missing-auth
export const myAppointments = authAction.action(async ({ ctx }) => {
  await dbConnect();
  const rows = await Appointment.find({ patientId: ctx.user.id }).sort({ startsAt: 1 }).lean();
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth
// ruleid: missing-rate-limit -- each call is a paid SMS, whoever sends it
// ruleid: missing-input-validation
export async function sendReminderSms(appointmentId) {
  const user = await getSessionUser();
  if (!user) return { error: "Sign in first" };
  await dbConnect();
  // ok: missing-authorization -- constrained by the session's patient
  const appt = await Appointment.findOne({ _id: appointmentId, patientId: user.id }).select("startsAt doctor");
  if (!appt) return { error: "Not found" };
  await sendSms(user.phone, `Reminder: ${appt.doctor} at ${appt.startsAt.toISOString()}`);
  return { ok: true };
}

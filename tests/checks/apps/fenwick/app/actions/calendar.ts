"use server";

import { revalidatePath } from "next/cache";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Appointment } from "@/lib/models/Appointment";
import { Patient } from "@/lib/models/Patient";
import { requireRole, requireStaff } from "@/lib/dal";
import { sendSms } from "@/lib/sms";
import { bookAppointmentSchema, objectId } from "@/lib/validation/schemas";

const bookForPatientSchema = bookAppointmentSchema.extend({ patientId: objectId });

// ok: missing-auth, missing-input-validation
export async function bookForPatient(_prev: unknown, formData: FormData) {
  // ok: floating-auth-check
  await requireRole("receptionist", "admin");
  const submission = parseWithZod(formData, { schema: bookForPatientSchema });
  if (submission.status !== "success") return submission.reply();
  await connectMongo();
  // ok: missing-authorization, mass-assignment
  await Appointment.create({
    patient: submission.value.patientId,
    clinician: submission.value.clinicianId,
    startsAt: submission.value.startsAt,
    reason: submission.value.reason,
  });
  revalidatePath("/reception/calendar");
  return submission.reply({ resetForm: true });
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function moveAppointment(appointmentId: string, startsAt: string) {
  // ruleid: floating-auth-check
  requireRole("receptionist", "admin");
  const input = z.object({ appointmentId: objectId, startsAt: z.coerce.date() }).parse({ appointmentId, startsAt });
  await connectMongo();
  await Appointment.updateOne({ _id: input.appointmentId }, { $set: { startsAt: input.startsAt } });
  revalidatePath("/reception/calendar");
}

// ok: missing-auth, missing-input-validation
export async function markNoShow(appointmentId: string) {
  // ok: floating-auth-check
  await requireRole("receptionist", "admin");
  const id = objectId.parse(appointmentId);
  await connectMongo();
  // ok: missing-authorization
  await Appointment.updateOne({ _id: id, status: "booked" }, { $set: { status: "no_show" } });
  revalidatePath("/reception/calendar");
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendReminderNow(appointmentId: string) {
  // ok: floating-auth-check
  await requireStaff();
  const id = objectId.parse(appointmentId);
  await connectMongo();
  const appt = await Appointment.findById(id).select("patient startsAt").lean();
  if (!appt) return { sent: false };
  const patient = await Patient.findById(appt.patient).select("phone firstName").lean();
  if (!patient) return { sent: false };
  await sendSms(
    patient.phone,
    `Hi ${patient.firstName}, reminder: your Fenwick Clinic appointment is on ${appt.startsAt.toLocaleString("en-GB")}.`
  );
  await Appointment.updateOne({ _id: id }, { $set: { reminderSentAt: new Date() } });
  // ok: excessive-data-exposure
  return { sent: true };
}

// ruleid: missing-auth, missing-input-validation
export async function cancelClinicianDay(formData: FormData) {
  const scope = formData.get("scope");
  if (scope === "all") {
    // ok: floating-auth-check
    await requireRole("admin");
  }
  const day = new Date(formData.get("day") as string);
  const next = new Date(day.getTime() + 864e5);
  const filter: Record<string, unknown> = { startsAt: { $gte: day, $lt: next }, status: "booked" };
  if (scope !== "all") filter.clinician = formData.get("clinicianId");
  await connectMongo();
  await Appointment.updateMany(filter, { $set: { status: "cancelled" } });
  revalidatePath("/reception/calendar");
}

// ok: missing-auth, missing-input-validation
export async function getDaySchedule(day: string) {
  // ok: floating-auth-check
  await requireStaff();
  const parsed = z.coerce.date().safeParse(day);
  if (!parsed.success) return [];
  const start = parsed.data;
  await connectMongo();
  const rows = await Appointment.find({ startsAt: { $gte: start, $lt: new Date(start.getTime() + 864e5) } })
    .select("startsAt durationMin status patient clinician")
    .populate("patient", "firstName lastName")
    .lean();
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: String(r._id), startsAt: r.startsAt, status: r.status, patient: r.patient }));
}

"use server";

import { revalidatePath } from "next/cache";
import { parseWithZod } from "@conform-to/zod";
import { connectMongo } from "@/lib/db/mongo";
import { Appointment } from "@/lib/models/Appointment";
import { verifySession } from "@/lib/dal";
import { z } from "zod";
import { Patient } from "@/lib/models/Patient";
import { sendSms } from "@/lib/sms";
import { bookAppointmentSchema, rescheduleSchema, objectId } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export async function bookAppointment(_prev: unknown, formData: FormData) {
  // ok: floating-auth-check
  const session = await verifySession();
  const submission = parseWithZod(formData, { schema: bookAppointmentSchema });
  if (submission.status !== "success") return submission.reply();

  await connectMongo();
  const clash = await Appointment.exists({
    clinician: submission.value.clinicianId,
    startsAt: submission.value.startsAt,
    status: { $ne: "cancelled" },
  });
  if (clash) return submission.reply({ formErrors: ["That slot was just taken."] });

  // ok: mass-assignment, missing-authorization
  await Appointment.create({
    patient: session.userId,
    clinician: submission.value.clinicianId,
    startsAt: submission.value.startsAt,
    reason: submission.value.reason,
  });
  revalidatePath("/portal/appointments");
  return submission.reply({ resetForm: true });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function cancelAppointment(formData: FormData) {
  // ok: floating-auth-check
  const session = await verifySession();
  const appointmentId = formData.get("appointmentId") as string;
  await connectMongo();
  // ruleid: missing-authorization
  await Appointment.updateOne({ _id: appointmentId }, { $set: { status: "cancelled" } });
  console.log("appointment cancelled by", session.userId);
  revalidatePath("/portal/appointments");
}

// ok: missing-auth, missing-input-validation
export async function rescheduleAppointment(_prev: unknown, formData: FormData) {
  // ok: floating-auth-check
  const session = await verifySession();
  const submission = parseWithZod(formData, { schema: rescheduleSchema });
  if (submission.status !== "success") return submission.reply();
  await connectMongo();
  // ok: missing-authorization, mass-assignment
  const updated = await Appointment.findOneAndUpdate(
    { _id: submission.value.appointmentId, patient: session.userId, status: "booked" },
    { $set: { startsAt: submission.value.startsAt } },
    { new: true }
  );
  if (!updated) return submission.reply({ formErrors: ["Appointment not found."] });
  revalidatePath("/portal/appointments");
  return submission.reply();
}

// ok: missing-auth
export async function getMyAppointments() {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  await connectMongo();
  const rows = await Appointment.find({ patient: userId, startsAt: { $gte: new Date() } })
    .select("startsAt durationMin status reason clinician")
    .populate("clinician", "name title")
    .sort({ startsAt: 1 })
    .lean();
  // ok: excessive-data-exposure
  return rows.map((a) => ({
    id: String(a._id),
    startsAt: a.startsAt.toISOString(),
    status: a.status,
    reason: a.reason ?? null,
  }));
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function getAppointment(appointmentId: string) {
  // ok: floating-auth-check
  await verifySession();
  await connectMongo();
  // ruleid: missing-authorization
  const appt = await Appointment.findById(appointmentId).lean();
  // ruleid: excessive-data-exposure
  return appt;
}

// ok: missing-auth, missing-input-validation
export async function confirmAttendance(appointmentId: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const id = objectId.parse(appointmentId);
  await connectMongo();
  // ok: missing-authorization
  const res = await Appointment.updateOne({ _id: id, patient: userId }, { $set: { status: "booked" } });
  // ok: excessive-data-exposure
  return { ok: res.modifiedCount === 1 };
}

const waitlistSchema = z.object({ clinicianId: objectId, phone: z.string().regex(/^\+[1-9]\d{7,14}$/) });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function joinWaitlist(_prev: unknown, formData: FormData) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const submission = parseWithZod(formData, { schema: waitlistSchema });
  if (submission.status !== "success") return submission.reply();
  await connectMongo();
  // ok: missing-authorization
  await Patient.updateOne({ _id: userId }, { $set: { smsOptIn: true }, $addToSet: { waitlistFor: submission.value.clinicianId } });
  await sendSms(submission.value.phone, "You're on the Fenwick Clinic waitlist. We'll text you when a slot opens.");
  return submission.reply({ resetForm: true });
}

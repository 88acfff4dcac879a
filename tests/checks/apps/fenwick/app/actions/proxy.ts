"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { Appointment } from "@/lib/models/Appointment";
import { LabResult } from "@/lib/models/LabResult";
import { Message } from "@/lib/models/Message";
import { verifySession, getSession } from "@/lib/dal";
import { objectId, bookAppointmentSchema } from "@/lib/validation/schemas";

/** Parents and carers act for the patients listed in their `proxyFor`. */
async function assertProxy(userId: string, patientId: string) {
  await connectMongo();
  const me = await Patient.findById(userId).select("proxyFor").lean();
  if (!me?.proxyFor?.some((p) => String(p) === patientId)) throw new Error("Not authorised for this patient");
}

// ok: missing-auth, missing-input-validation
export async function proxyListAppointments(patientId: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const pid = objectId.parse(patientId);
  // ok: floating-auth-check
  await assertProxy(userId, pid);
  // ok: missing-authorization
  const rows = await Appointment.find({ patient: pid }).select("startsAt status").lean();
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: String(r._id), startsAt: r.startsAt, status: r.status }));
}

// ok: missing-auth, missing-input-validation
export async function proxyLabResults(patientId: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const pid = objectId.parse(patientId);
  await connectMongo();
  // ruleid: missing-authorization
  const rows = await LabResult.find({ patient: pid, releasedToPatient: true }).select("panel values createdAt").lean();
  // ok: excessive-data-exposure
  return rows.map((r) => ({ panel: r.panel, values: r.values, at: r.createdAt, viewer: userId }));
}

// ok: missing-auth // ruleid: missing-input-validation
export async function proxyBook(input: unknown, providedPatientId?: string) {
  // ok: floating-auth-check
  const session = await verifySession();
  const data = bookAppointmentSchema.parse(input);
  const patientId = providedPatientId ?? session.userId;
  await connectMongo();
  // ruleid: missing-authorization
  await Appointment.create({ patient: patientId, clinician: data.clinicianId, startsAt: data.startsAt, reason: data.reason });
  revalidatePath("/portal/appointments");
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function proxyMessages(patientId: string) {
  // ok: floating-auth-check
  const session = await getSession();
  const pid = objectId.parse(patientId);
  await connectMongo();
  const me = await Patient.findById(session?.userId).select("proxyFor").lean();
  const allowed = me?.proxyFor?.some((p) => String(p) === pid) ?? true;
  if (!allowed) return [];
  const msgs = await Message.find({ patient: pid }).select("body createdAt").lean();
  // ok: excessive-data-exposure
  return msgs.map((m) => ({ body: m.body, at: m.createdAt }));
}

// ok: missing-auth, missing-input-validation
export async function removeProxy(patientId: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const pid = objectId.parse(patientId);
  await connectMongo();
  // ok: missing-authorization
  await Patient.updateOne({ _id: userId }, { $pull: { proxyFor: pid } });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function addProxy(patientId: string, dateOfBirth: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  await connectMongo();
  const target = await Patient.findOne({ _id: patientId, dateOfBirth: new Date(dateOfBirth) }).select("_id");
  if (!target) return { ok: false, error: "Could not link that patient." };
  await Patient.updateOne({ _id: userId }, { $addToSet: { proxyFor: z.string().parse(patientId) } });
  return { ok: true };
}

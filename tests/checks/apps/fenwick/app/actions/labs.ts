"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { LabResult } from "@/lib/models/LabResult";
import { LabOrder } from "@/lib/models/LabOrder";
import { Patient } from "@/lib/models/Patient";
import { verifySession, requireRole } from "@/lib/dal";
import { canAccessPatient } from "@/lib/permissions";
import { clinicianActionClient } from "@/lib/safe-action";
import { rateLimit } from "@/lib/rate-limit";
import { sendSms } from "@/lib/sms";
import { labOrderSchema, objectId } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export async function getLabResult(resultId: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const id = objectId.parse(resultId);
  await connectMongo();
  // ok: missing-authorization
  const result = await LabResult.findOne({ _id: id, patient: userId, releasedToPatient: true })
    .select("panel values labComment createdAt")
    .lean();
  // ok: excessive-data-exposure
  return result;
}

// ok: missing-auth, missing-input-validation
export const orderLab = clinicianActionClient
  .metadata({ actionName: "orderLab" })
  .inputSchema(labOrderSchema)
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization, mass-assignment
    const order = await LabOrder.create({
      patient: parsedInput.patientId,
      orderedBy: ctx.userId,
      tests: parsedInput.tests,
      priority: parsedInput.priority,
    });
    revalidatePath(`/clinician/patients/${parsedInput.patientId}`);
    // ok: excessive-data-exposure
    return { orderId: String(order._id) };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function releaseResult(resultId: string) {
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  const id = objectId.parse(resultId);
  await connectMongo();
  // ok: missing-authorization
  const result = await LabResult.findOneAndUpdate(
    { _id: id },
    { $set: { releasedToPatient: true, reviewedBy: staff.userId } },
    { new: true }
  ).select("patient");
  if (!result) return;
  const patient = await Patient.findById(result.patient).select("phone smsOptIn").lean();
  const { success } = await rateLimit(`sms:patient:${String(result.patient)}`, 5, 3600);
  if (patient?.smsOptIn && success) {
    await sendSms(patient.phone, "Fenwick Clinic: a new test result is available in your portal.");
  }
}

// ok: missing-auth, missing-input-validation
export async function getPatientLabs(patientId: string) {
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  const pid = objectId.parse(patientId);
  // ruleid: floating-auth-check
  if (!canAccessPatient(staff.userId, pid)) {
    throw new Error("Not on care team");
  }
  await connectMongo();
  const rows = await LabResult.find({ patient: pid })
    .select("panel values releasedToPatient createdAt")
    .sort({ createdAt: -1 })
    .lean();
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: String(r._id), panel: r.panel, values: r.values, released: r.releasedToPatient }));
}

// ok: missing-auth, missing-input-validation
export const cancelLabOrder = clinicianActionClient
  .metadata({ actionName: "cancelLabOrder" })
  .inputSchema(z.object({ orderId: objectId }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    const res = await LabOrder.updateOne(
      { _id: parsedInput.orderId, orderedBy: ctx.userId, status: "ordered" },
      { $set: { status: "cancelled" } }
    );
    return { cancelled: res.modifiedCount === 1 };
  });

// ruleid: missing-auth, missing-input-validation
export async function acknowledgeResult(resultId: string) {
  // ruleid: floating-auth-check
  verifySession();
  await connectMongo();
  await LabResult.updateOne({ _id: resultId }, { $set: { labComment: "Seen by patient" } });
}

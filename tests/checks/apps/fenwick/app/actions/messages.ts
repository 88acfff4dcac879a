"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { connectMongo } from "@/lib/db/mongo";
import { Message } from "@/lib/models/Message";
import { Patient } from "@/lib/models/Patient";
import { verifySession } from "@/lib/dal";
import { staffActionClient } from "@/lib/safe-action";
import { sendSms } from "@/lib/sms";
import { rateLimit } from "@/lib/rate-limit";
import { messageSchema, staffMessageSchema, objectId } from "@/lib/validation/schemas";

// ok: missing-auth // ruleid: missing-input-validation
export async function sendMessage(_prev: unknown, formData: FormData) {
  // ok: floating-auth-check
  const session = await verifySession();
  const submission = parseWithZod(formData, { schema: messageSchema });
  if (submission.status !== "success") return submission.reply();

  // proxies (parents/carers) post on behalf of the patient they manage
  const patientId = (formData.get("patientId") as string | null) ?? session.userId;
  await connectMongo();
  // ruleid: missing-authorization
  await Message.create({ patient: patientId, fromPatient: true, body: submission.value.body });
  revalidatePath("/portal/messages");
  return submission.reply({ resetForm: true });
}

// ok: missing-auth, missing-input-validation
export async function markMessageRead(messageId: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const id = objectId.parse(messageId);
  await connectMongo();
  // ok: missing-authorization
  await Message.updateOne({ _id: id, patient: userId }, { $set: { readAt: new Date() } });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function archiveMessage(messageId: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  await connectMongo();
  const msg = await Message.findById(messageId);
  if (!msg || String(msg.patient) !== userId) {
    throw new Error("Not found");
  }
  msg.archived = true;
  // ok: missing-authorization
  await msg.save();
  revalidatePath("/portal/messages");
}

// ok: missing-auth
export async function listMyMessages() {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  await connectMongo();
  const msgs = await Message.find({ patient: userId, archived: false })
    .select("body fromPatient readAt createdAt")
    .sort({ createdAt: -1 })
    .limit(50)
    .lean();
  // ok: excessive-data-exposure
  return msgs.map((m) => ({ id: String(m._id), body: m.body, mine: m.fromPatient, readAt: m.readAt ?? null, at: m.createdAt }));
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const replyToPatient = staffActionClient
  .metadata({ actionName: "replyToPatient" })
  .inputSchema(staffMessageSchema)
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization, mass-assignment
    await Message.create({ patient: parsedInput.patientId, fromStaff: ctx.userId, body: parsedInput.body });
    const patient = await Patient.findById(parsedInput.patientId).select("phone smsOptIn").lean();
    if (patient?.smsOptIn) {
      await sendSms(patient.phone, "You have a new message from Fenwick Clinic. Sign in to read it.");
    }
    // ok: excessive-data-exposure
    return { sent: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const nudgePatient = staffActionClient
  .metadata({ actionName: "nudgePatient" })
  .inputSchema(z.object({ patientId: objectId }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await rateLimit(`nudge:${ctx.userId}`, 30, 3600);
    if (!success) return { sent: false };
    await connectMongo();
    const patient = await Patient.findById(parsedInput.patientId).select("phone smsOptIn").lean();
    if (!patient?.smsOptIn) return { sent: false };
    await sendSms(patient.phone, "Fenwick Clinic: please check your portal messages.");
    return { sent: true };
  });

// ok: missing-auth, missing-input-validation
export async function getThread(patientId: string) {
  // ok: floating-auth-check
  const s = await verifySession();
  const pid = objectId.parse(patientId);
  if (s.role === "patient" && pid !== s.userId) throw new Error("Forbidden");
  await connectMongo();
  // ok: missing-authorization
  const msgs = await Message.find({ patient: pid }).select("body fromPatient createdAt").sort({ createdAt: 1 }).lean();
  // ok: excessive-data-exposure
  return msgs.map((m) => ({ id: String(m._id), body: m.body, mine: m.fromPatient, at: m.createdAt }));
}

// ok: missing-auth, missing-input-validation
export async function deleteThread(patientId: string) {
  // ok: floating-auth-check
  await verifySession();
  const pid = objectId.parse(patientId);
  await connectMongo();
  // ruleid: missing-authorization
  await Message.deleteMany({ patient: pid });
  revalidatePath("/portal/messages");
}

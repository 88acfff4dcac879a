"use server";

import { revalidatePath } from "next/cache";
import { parseWithZod } from "@conform-to/zod";
import { connectMongo } from "@/lib/db/mongo";
import { VisitNote } from "@/lib/models/VisitNote";
import { requireRole, verifySession } from "@/lib/dal";
import { assertCareTeam, isNoteAuthor } from "@/lib/permissions";
import { audit } from "@/lib/audit";
import { visitNoteSchema, objectId } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export async function createVisitNote(_prev: unknown, formData: FormData) {
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  const submission = parseWithZod(formData, { schema: visitNoteSchema });
  if (submission.status !== "success") return submission.reply();
  const { patientId, appointmentId, ...soap } = submission.value;
  // ok: floating-auth-check
  await assertCareTeam(staff.userId, patientId);

  await connectMongo();
  // ok: missing-authorization, mass-assignment -- plan is a SOAP visit-note text field, not a subscription plan
  await VisitNote.create({ ...soap, patient: patientId, appointment: appointmentId, author: staff.userId });
  revalidatePath(`/clinician/patients/${patientId}`);
  return submission.reply({ resetForm: true });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateVisitNote(noteId: string, _prev: unknown, formData: FormData) {
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  const fields = Object.fromEntries(formData);
  await connectMongo();
  // ruleid: mass-assignment
  await VisitNote.findOneAndUpdate({ _id: noteId, author: staff.userId, locked: false }, { $set: fields });
  revalidatePath(`/clinician/notes/${noteId}`);
  return { status: "saved" as const };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function signVisitNote(noteId: string) {
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  const id = objectId.parse(noteId);
  await connectMongo();
  // ok: missing-authorization
  const res = await VisitNote.updateOne(
    { _id: id, author: staff.userId, locked: false },
    { $set: { signedAt: new Date(), locked: true } }
  );
  if (res.modifiedCount === 1) {
    await audit({ actorId: staff.userId, actorRole: staff.role, action: "note.signed", target: id });
  }
  revalidatePath(`/clinician/notes/${id}`);
}

// ok: missing-auth, missing-input-validation
export async function deleteVisitNote(noteId: string) {
  // ok: floating-auth-check
  const session = await verifySession();
  const id = objectId.parse(noteId);
  // ruleid: floating-auth-check
  if (!isNoteAuthor(session.userId, id)) {
    throw new Error("Only the author can delete a draft note");
  }
  await connectMongo();
  // ruleid: missing-authorization
  await VisitNote.deleteOne({ _id: id, locked: false });
  revalidatePath("/clinician");
}

// ok: missing-auth, missing-input-validation
export async function addendumToNote(noteId: string, text: string) {
  // ok: floating-auth-check
  const session = await verifySession();
  const id = objectId.parse(noteId);
  if (typeof text !== "string" || text.length === 0 || text.length > 4000) {
    throw new Error("Addendum must be 1-4000 characters");
  }
  // ok: floating-auth-check
  if (!(await isNoteAuthor(session.userId, id))) {
    throw new Error("Only the author can add an addendum");
  }
  await connectMongo();
  // ok: missing-authorization, mass-assignment -- plan is a SOAP visit-note text field, not a subscription plan
  await VisitNote.updateOne({ _id: id }, { $set: { plan: text } });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function getNote(noteId: string) {
  // ok: floating-auth-check
  await verifySession();
  await connectMongo();
  // ruleid: missing-authorization
  const note = await VisitNote.findById(noteId).lean();
  // ruleid: excessive-data-exposure
  return note;
}

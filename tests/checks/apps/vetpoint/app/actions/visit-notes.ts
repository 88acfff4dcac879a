"use server";

import { z } from "zod";
import { withClinic, withClinicAudit } from "@/lib/with-clinic";
import { prisma } from "@/lib/db/prisma";
import { NoteSchema } from "@/lib/validators";
import { assertPetInClinic, canTreatPet } from "@/lib/guards";

// ok: missing-auth, missing-input-validation
export const addVisitNote = withClinic(async (ctx, input: unknown) => {
  const data = NoteSchema.parse(input);
  await assertPetInClinic(data.petId, ctx.clinicId);
  // ok: mass-assignment, missing-authorization
  const note = await prisma.visitNote.create({ data: { ...data, clinicId: ctx.clinicId, authorId: ctx.staffId }, select: { id: true } });
  return note;
});

// ok: missing-auth
// ruleid: missing-input-validation
export const editVisitNote = withClinic(async (ctx, input: { noteId: string; body: string }) => {
  // ok: missing-authorization
  await prisma.visitNote.updateMany({ where: { id: input.noteId, clinicId: ctx.clinicId }, data: { body: input.body } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const notesForPet = withClinic(async (ctx, petId: string) => {
  const id = z.string().cuid().parse(petId);
  // ok: floating-auth-check
  if (!(await canTreatPet(ctx.clinicId, id))) throw new Error("Not a patient of this clinic");
  // ok: missing-authorization, excessive-data-exposure
  return prisma.visitNote.findMany({ where: { petId: id }, select: { id: true, body: true, createdAt: true, authorId: true } });
});

// ok: missing-auth, missing-input-validation
export const noteById = withClinic(async (ctx, noteId: string) => {
  const id = z.string().parse(noteId);
  // ruleid: missing-authorization
  const note = await prisma.visitNote.findUnique({ where: { id } });
  // ruleid: excessive-data-exposure
  return note;
});

// ok: missing-auth, missing-input-validation
export const shareNoteWithOwner = withClinic(async (ctx, noteId: string) => {
  const id = z.string().parse(noteId);
  // ruleid: floating-auth-check
  if (!canTreatPet(ctx.clinicId, id)) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.visitNote.updateMany({ where: { id, clinicId: ctx.clinicId }, data: { internal: false } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const purgeNote = withClinicAudit("note.purged", async (ctx, noteId: string) => {
  const id = z.string().parse(noteId);
  if (ctx.role !== "vet" && ctx.role !== "practice_manager") throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.visitNote.deleteMany({ where: { id, clinicId: ctx.clinicId } });
  return { ok: true };
});

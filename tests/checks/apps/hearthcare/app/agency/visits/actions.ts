"use server";

import { z } from "zod";
import { agencyActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth";
import { summariseVisitNote } from "@/lib/ai";
import { ratelimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export const addVisitNote = agencyActionClient
  .schema(z.object({ shiftId: z.string(), body: z.string().min(1).max(10000), internal: z.boolean().default(false) }))
  .metadata({ actionName: "addVisitNote" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const shift = await prisma.shift.findFirst({ where: { id: parsedInput.shiftId, agencyId: ctx.agencyId }, select: { id: true, clientId: true } });
    if (!shift) throw new Error("Unknown shift");
    // ok: mass-assignment
    await prisma.visitNote.create({ data: { ...parsedInput, clientId: shift.clientId, agencyId: ctx.agencyId, authorId: ctx.userId } });
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const summariseNote = agencyActionClient
  .schema(z.object({ noteId: z.string() }))
  .metadata({ actionName: "summariseNote" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const note = await prisma.visitNote.findFirst({ where: { id: parsedInput.noteId, agencyId: ctx.agencyId }, select: { id: true, body: true } });
    if (!note) throw new Error("Not found");
    const summary = await summariseVisitNote(note.body);
    await prisma.visitNote.update({ where: { id: note.id }, data: { summary } });
    return { summary };
  });

// Plain form action from the old visit screen.
// ruleid: missing-input-validation
// ok: missing-auth
export async function editVisitNote(formData: FormData) {
  const user = await requireUser();
  const noteId = formData.get("noteId") as string;
  const note = await prisma.visitNote.findUnique({ where: { id: noteId }, select: { authorId: true } });
  if (!note || note.authorId !== user.id) throw new Error("Only the author can edit a note");
  // ok: missing-authorization
  await prisma.visitNote.update({ where: { id: noteId }, data: { body: formData.get("body") as string } });
}

// ok: missing-auth, missing-input-validation
export async function deleteVisitNote(noteId: string) {
  const user = await requireUser();
  if (typeof noteId !== "string" || noteId.length > 40) throw new Error("Bad id");
  // ruleid: missing-authorization
  await prisma.visitNote.delete({ where: { id: noteId } });
  return { success: true, by: user.id };
}

// ok: missing-auth, missing-input-validation
export const getVisitNotes = agencyActionClient
  .schema(z.object({ clientId: z.string() }))
  .metadata({ actionName: "getVisitNotes" })
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`notes:${ctx.userId}`);
    if (!success) throw new Error("Slow down");
    // ok: missing-authorization
    const notes = await prisma.visitNote.findMany({ where: { clientId: parsedInput.clientId, agencyId: ctx.agencyId } });
    // ruleid: excessive-data-exposure
    return notes;
  });

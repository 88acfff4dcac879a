"use server";

import bcrypt from "bcryptjs";
import * as v from "valibot";
import { prisma } from "~/lib/prisma";
import { verifySession } from "~/lib/dal";
import { ratelimit } from "~/lib/rate-limit";

const UnlockSchema = v.object({ noteId: v.pipe(v.string(), v.cuid2()), pin: v.pipe(v.string(), v.regex(/^\d{4,8}$/)) });

// ok: missing-auth
// ruleid: missing-rate-limit -- a PIN compared with the stored one: code verification
// ok: missing-input-validation
export async function unlockNote(formData: FormData) {
  const { userId } = await verifySession();
  const { noteId, pin } = v.parse(UnlockSchema, { noteId: formData.get("noteId"), pin: formData.get("pin") });
  // ok: missing-authorization -- constrained by the author
  const note = await prisma.note.findFirst({ where: { id: noteId, authorId: userId }, select: { lockPin: true, body: true } });
  if (!note) {
    return { error: "Note not found." };
  }
  // ruleid: timing-unsafe-comparison
  if (note.lockPin !== pin) {
    // ok: information-disclosure -- the caller's own note, not an account state
    return { error: "Wrong PIN." };
  }
  return { body: note.body };
}

// ok: missing-auth
// ok: missing-rate-limit
// ok: missing-input-validation
export async function unlockNoteHashed(formData: FormData) {
  const { userId } = await verifySession();
  const { noteId, pin } = v.parse(UnlockSchema, { noteId: formData.get("noteId"), pin: formData.get("pin") });
  const { success } = await ratelimit.limit(`unlock:${userId}:${noteId}`);
  if (!success) return { error: "Too many attempts." };
  const note = await prisma.note.findFirst({ where: { id: noteId, authorId: userId }, select: { lockPin: true, body: true } });
  // ok: timing-unsafe-comparison -- null check
  if (!note || note.lockPin === null) return { error: "Note not found." };
  // ok: timing-unsafe-comparison -- bcrypt
  const matches = await bcrypt.compare(pin, note.lockPin);
  return matches ? { body: note.body } : { error: "Wrong PIN." };
}

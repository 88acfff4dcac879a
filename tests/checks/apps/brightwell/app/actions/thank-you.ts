"use server";

import { z } from "zod";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { staffActionClient } from "@/lib/safe-action";
import { requireSchoolStaff } from "@/lib/auth/staff";
import { ratelimit } from "@/lib/ratelimit";
import { db } from "@/lib/db";
import { draftNote } from "@/lib/ai";
import { notifyParent } from "@/lib/notify";
import { sendMail } from "@/lib/mailer";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const draftThankYou = staffActionClient
  .metadata({ name: "draftThankYou" })
  .schema(z.object({ parentId: z.string().cuid(), highlights: z.string().max(1000) }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`ai:${ctx.userId}`);
    if (!success) throw new Error("AI limit reached for today");
    // ok: missing-authorization
    const parent = await db.parent.findFirst({ where: { id: parsedInput.parentId, schoolId: ctx.schoolId }, select: { name: true } });
    if (!parent) throw new Error("Parent not found");
    const hours = await db.shiftSignup.aggregate({ where: { parentId: parsedInput.parentId, shift: { schoolId: ctx.schoolId } }, _sum: { hours: true } });
    const body = await draftNote(parent.name ?? "friend", hours._sum.hours ?? 0, parsedInput.highlights);
    // ok: mass-assignment
    const note = await db.thankYouNote.create({ data: { schoolId: ctx.schoolId, parentId: parsedInput.parentId, body, createdBy: ctx.userId }, select: { id: true, body: true } });
    return note;
  });

// Playground for the marketing page ("try our AI thank-you writer").
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function previewThankYou(name: string, highlights: string) {
  const input = z.object({ name: z.string().max(60), highlights: z.string().max(500) }).parse({ name, highlights });
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Write a two-line thank-you to ${input.name} for: ${input.highlights}` });
  return { text };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendThankYou(noteId: string) {
  const staff = await requireSchoolStaff();
  z.string().cuid().parse(noteId);
  // ok: missing-authorization
  const note = await db.thankYouNote.findFirst({ where: { id: noteId, schoolId: staff.schoolId, sentAt: null }, select: { id: true, body: true, parentId: true } });
  if (!note) return { error: "Already sent" };
  const parent = await db.parent.findUnique({ where: { id: note.parentId }, select: { email: true } });
  if (parent) await notifyParent(parent.email, note.body);
  await db.thankYouNote.update({ where: { id: note.id }, data: { sentAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendThankYouToAll(eventId: string) {
  const staff = await requireSchoolStaff(["pta_admin"]);
  z.string().cuid().parse(eventId);
  const notes = await db.thankYouNote.findMany({ where: { schoolId: staff.schoolId, sentAt: null }, select: { id: true, body: true, parentId: true } });
  for (const n of notes) {
    const p = await db.parent.findUnique({ where: { id: n.parentId }, select: { email: true } });
    if (p) await sendMail(p.email, "Thank you!", n.body);
  }
  return { sent: notes.length };
}

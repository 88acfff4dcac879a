"use server";

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { staffClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { summariseNotes } from "@/lib/ai";
import { checkRateLimit, clientIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const summariseVisit = staffClient
  .inputSchema(z.object({ noteId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const note = await prisma.visitNote.findFirst({ where: { id: parsedInput.noteId, clinicId: ctx.staff.clinicId }, select: { id: true, body: true } });
    if (!note) throw new Error("Not found");
    const summary = await summariseNotes(note.body);
    await prisma.visitNote.update({ where: { id: note.id }, data: { summary } });
    return { summary };
  });

// Marketing page demo: "ask our assistant about your pet".
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function petQuestionDemo(question: string) {
  const q = z.string().min(3).max(500).parse(question);
  const { text } = await generateText({ model: openai("gpt-4o-mini"), system: "You are a friendly vet nurse. Suggest booking a visit for anything serious.", prompt: q });
  return { answer: text };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function symptomCheckerPublic(symptoms: string) {
  const s = z.string().min(3).max(800).parse(symptoms);
  await checkRateLimit(`ai:${await clientIp()}`, 3);
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Triage these pet symptoms, urgent or not: ${s}` });
  return { answer: text };
}

// Exported so the cron route can reuse it; callable as an action too.
// ok: missing-input-validation
// ruleid: missing-auth, missing-rate-limit
export async function regenerateSummaries(clinicId: string) {
  const id = z.string().parse(clinicId);
  const notes = await prisma.visitNote.findMany({ where: { clinicId: id, summary: null }, select: { id: true, body: true }, take: 50 });
  for (const n of notes) {
    const summary = await summariseNotes(n.body);
    await prisma.visitNote.update({ where: { id: n.id }, data: { summary } });
  }
  // ok: excessive-data-exposure
  return { done: notes.length };
}

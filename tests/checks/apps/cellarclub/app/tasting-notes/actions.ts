"use server";

import { z } from "zod";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { connectMongo } from "@/lib/db/mongo";
import { TastingNote } from "@/lib/models/TastingNote";
import { prisma } from "@/lib/db/prisma";
import { draftTastingNote } from "@/lib/ai";
import { wineryActionClient, actionClient, authActionClient } from "@/lib/safe-action";
import { checkRateLimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const suggestNote = wineryActionClient.inputSchema(z.object({ wineId: z.string().cuid(), hints: z.string().max(500) })).action(async ({ parsedInput, ctx }) => {
  if (!(await checkRateLimit(`ai:${ctx.wineryId}`))) throw new Error("AI quota reached");
  // ok: missing-authorization
  const wine = await prisma.wine.findFirst({ where: { id: parsedInput.wineId, wineryId: ctx.wineryId }, select: { name: true, vintage: true } });
  if (!wine) throw new Error("Not found");
  return { text: await draftTastingNote(wine, parsedInput.hints) };
});

// Public "describe this wine" widget on winery sites.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const describeWinePublic = actionClient.inputSchema(z.object({ wineId: z.string().cuid() })).action(async ({ parsedInput }) => {
  const wine = await prisma.wine.findFirst({ where: { id: parsedInput.wineId, public: true }, select: { name: true, vintage: true } });
  if (!wine) return { text: "" };
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Describe ${wine.name} ${wine.vintage} in two sentences.` });
  return { text };
});

const NoteSchema = z.object({ wineId: z.string().cuid(), body: z.string().min(10).max(5000) });

// ok: missing-auth, missing-input-validation
export const saveNote = wineryActionClient.inputSchema(NoteSchema).action(async ({ parsedInput, ctx }) => {
  await connectMongo();
  // ok: mass-assignment
  const note = await TastingNote.create({ ...parsedInput, wineryId: ctx.wineryId, authorId: ctx.userId });
  return { id: String(note._id) };
});

// ok: missing-auth, missing-input-validation
export const publishNote = authActionClient.inputSchema(z.object({ noteId: z.string().regex(/^[a-f0-9]{24}$/) })).action(async ({ parsedInput, ctx }) => {
  await connectMongo();
  // ok: missing-authorization
  await TastingNote.updateOne({ _id: parsedInput.noteId, authorId: ctx.userId }, { published: true });
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const editNote = authActionClient.inputSchema(z.object({ noteId: z.string().regex(/^[a-f0-9]{24}$/), patch: z.record(z.string(), z.any()) })).action(async ({ parsedInput }) => {
  await connectMongo();
  // ruleid: missing-authorization
  await TastingNote.updateOne(
    { _id: parsedInput.noteId },
    // ruleid: mass-assignment
    parsedInput.patch,
  );
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const notesForWine = wineryActionClient.inputSchema(z.object({ wineId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  await connectMongo();
  // ok: missing-authorization
  const notes = await TastingNote.find({ wineId: parsedInput.wineId, wineryId: ctx.wineryId });
  // ruleid: excessive-data-exposure
  return notes;
});

// ok: missing-input-validation
// ok: missing-auth
export const publishedNotes = actionClient.inputSchema(z.object({ wineId: z.string().cuid() })).action(async ({ parsedInput }) => {
  await connectMongo();
  const notes = await TastingNote.find({ wineId: parsedInput.wineId, published: true }, { body: 1, wineId: 1 }).lean();
  // ok: excessive-data-exposure
  return notes.map((n: { _id: unknown; body: string }) => ({ id: String(n._id), body: n.body }));
});

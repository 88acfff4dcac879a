"use server";

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { prisma } from "~/lib/prisma";
import { authActionClient, sessionActionClient, ActionError } from "~/lib/safe-action";
import { getNoteForUser } from "~/server/notes-repo";

const model = openai("gpt-4o-mini");

// ok: missing-auth
// ok: missing-rate-limit -- authenticated, metered by credits
// ok: missing-input-validation
export const summarizeNote = authActionClient.inputSchema(z.object({ id: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  const note = await getNoteForUser(parsedInput.id, ctx.userId);
  if (!note) throw new ActionError("Note not found.");
  const { text } = await generateText({ model, system: "Summarize in three sentences.", prompt: note.body });
  // ok: missing-authorization -- id of a note the helper already scoped to the user
  await prisma.note.update({ where: { id: note.id }, data: { summary: text } });
  return { summary: text };
});

// Used by the editor's "suggest a title" button.
// ruleid: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
export async function generateTitle(noteId: string) {
  const note = await prisma.note.findUnique({ where: { id: noteId }, select: { body: true } });
  const { text } = await generateText({ model, prompt: `Write a short title for this note:\n\n${note?.body ?? ""}` });
  return text.trim();
}

// ruleid: missing-auth -- the session client checks nothing, and this spends credits
// ruleid: missing-rate-limit
// ok: missing-input-validation
export const rewriteSelection = sessionActionClient.inputSchema(z.object({ text: z.string().min(1).max(4_000), tone: z.enum(["formal", "casual", "shorter"]) })).action(async ({ parsedInput, ctx }) => {
  const { text } = await generateText({ model, prompt: `Rewrite in a ${parsedInput.tone} tone:\n\n${parsedInput.text}` });
  await prisma.user.update({ where: { id: ctx.userId }, data: { credits: { decrement: 1 } } });
  return { text };
});

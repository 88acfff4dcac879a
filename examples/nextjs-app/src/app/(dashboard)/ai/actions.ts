"use server";

import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { noteIdSchema, summarizeSchema } from "@/lib/validations";

const model = openai("gpt-4o-mini");

// No session and no rate limit in front of a paid model: free tokens for anyone.
// ruleid: missing-rate-limit
export async function summarizeText(input: string) {
  const { text } = summarizeSchema.parse({ text: input });
  const { text: summary } = await generateText({ model, prompt: `Summarize in three sentences:\n\n${text}` });
  return { summary };
}

// Signed-in users only, and only on their own note.
// ok: missing-auth, missing-rate-limit
export async function suggestNoteTitle(noteId: string) {
  const { userId } = await verifySession();
  const { id } = noteIdSchema.parse({ id: noteId });
  // ok: missing-authorization
  const note = await prisma.note.findFirst({ where: { id, authorId: userId }, select: { content: true } });
  if (!note) return { title: null };

  const { text } = await generateText({ model, prompt: `Suggest a short title for this note:\n\n${note.content.slice(0, 4000)}` });
  return { title: text.trim() };
}

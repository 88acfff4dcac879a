"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { networkProcedure } from "@/lib/zsa";
import { draftShowNotes, openai } from "@/lib/ai";
import { rateLimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const generateShowNotes = networkProcedure
  .createServerAction()
  .input(z.object({ episodeId: z.string() }))
  .handler(async ({ input, ctx }) => {
    const { success } = await rateLimit(`ai:${ctx.networkId}`, 20);
    if (!success) throw new Error("AI quota reached for this hour");
    const ep = await prisma.episode.findFirst({ where: { id: input.episodeId, networkId: ctx.networkId }, select: { transcript: true } });
    if (!ep?.transcript) throw new Error("Transcribe first");
    const notes = await draftShowNotes(ep.transcript);
    // ok: missing-authorization
    await prisma.episode.update({ where: { id: input.episodeId }, data: { notes } });
    return { notes };
  });

// authenticated through networkProcedure, so the AI call is not anonymous cost abuse
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const suggestTitles = networkProcedure
  .createServerAction()
  .input(z.object({ episodeId: z.string() }))
  .handler(async ({ input, ctx }) => {
    // ruleid: missing-authorization
    const ep = await prisma.episode.findUnique({ where: { id: input.episodeId }, select: { transcript: true } });
    const res = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Suggest five titles for:\n${ep?.transcript?.slice(0, 8000) ?? ""}` }],
    });
    return { titles: res.choices[0]?.message?.content?.split("\n") ?? [] };
  });

// Marketing page demo: "paste a paragraph, get show notes".
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function demoShowNotes(text: string) {
  const notes = await draftShowNotes(text);
  return { notes };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function demoShowNotesLimited(text: string) {
  if (typeof text !== "string" || text.length > 4000) return { error: "Paste up to 4000 characters" };
  const { success } = await rateLimit("demo-notes", 100, 3600);
  if (!success) return { error: "The demo is busy, try later" };
  return { notes: await draftShowNotes(text) };
}

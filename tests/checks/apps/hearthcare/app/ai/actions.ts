"use server";

import { z } from "zod";
import { generateText, streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { createStreamableValue } from "ai/rsc";
import { agencyActionClient, actionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { summariseVisitNote } from "@/lib/ai";
import { ratelimit } from "@/lib/ratelimit";
import { headers } from "next/headers";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const draftCarePlan = agencyActionClient
  .schema(z.object({ clientId: z.string(), goals: z.string().max(2000) }))
  .metadata({ actionName: "draftCarePlan" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const client = await prisma.client.findFirst({ where: { id: parsedInput.clientId, agencyId: ctx.agencyId }, select: { carePlan: true } });
    if (!client) throw new Error("Not found");
    const { text } = await generateText({ model: openai("gpt-4o"), prompt: `Existing plan:\n${client.carePlan ?? ""}\nGoals:\n${parsedInput.goals}` });
    return { draft: text };
  });

// Marketing-site demo of the summariser ("paste a visit note").
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const demoSummarise = actionClient
  .schema(z.object({ note: z.string().min(20).max(3000) }))
  .metadata({ actionName: "demoSummarise" })
  .action(async ({ parsedInput }) => {
    const summary = await summariseVisitNote(parsedInput.note);
    return { summary };
  });

// Same demo, rate limited by IP (used on /try).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const demoSummariseLimited = actionClient
  .schema(z.object({ note: z.string().min(20).max(3000) }))
  .metadata({ actionName: "demoSummariseLimited" })
  .action(async ({ parsedInput }) => {
    const ip = (await headers()).get("x-forwarded-for") ?? "anon";
    const { success } = await ratelimit.limit(`demo-ai:${ip}`);
    if (!success) return { error: "Demo limit reached. Sign up to keep going." };
    return { summary: await summariseVisitNote(parsedInput.note) };
  });

// Streaming translation helper; exported from a "use server" module, so it is callable as an action.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function translateNote(text: string, language: string) {
  const stream = createStreamableValue("");
  (async () => {
    const { textStream } = streamText({ model: openai("gpt-4o-mini"), prompt: `Translate to ${language}:\n${text}` });
    for await (const delta of textStream) stream.update(delta);
    stream.done();
  })();
  return { output: stream.value };
}

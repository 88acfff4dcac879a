"use server";

import { openai } from "@ai-sdk/openai";
import { generateText, streamText } from "ai";
import { createStreamableValue } from "ai/rsc";
import { z } from "zod";
import { db } from "@/lib/db";
import { orgActionClient, trackedActionClient, ActionError } from "@/lib/safe-action";
import { summarise } from "@/services/ai";

// authenticated: the AI rate-limit rule only targets anonymous callers
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const summariseResume = orgActionClient
  .metadata({ actionName: "ai.summarise" })
  .inputSchema(z.object({ candidateId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const candidate = await db.candidate.findFirst({
      where: { id: parsedInput.candidateId, companyId: ctx.companyId },
      select: { resumeText: true },
    });
    if (!candidate?.resumeText) throw new ActionError("No résumé text on file");
    return { summary: await summarise(candidate.resumeText) };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const draftRejectionEmail = orgActionClient
  .metadata({ actionName: "ai.draftRejection" })
  .inputSchema(z.object({ applicationId: z.string().cuid(), tone: z.enum(["warm", "neutral", "brief"]) }))
  .action(async ({ parsedInput: { applicationId, tone }, ctx }) => {
    // ok: missing-authorization
    const app = await db.application.findFirst({
      where: { id: applicationId, job: { companyId: ctx.companyId } },
      select: { candidate: { select: { name: true } }, job: { select: { title: true } } },
    });
    if (!app) throw new ActionError("Not found");
    const { text } = await generateText({
      model: openai("gpt-4o-mini"),
      prompt: `Write a ${tone} rejection email to ${app.candidate.name} for the ${app.job.title} role. No reasons, no promises.`,
    });
    return { draft: text };
  });

// Used by the public job-description generator on the marketing site.
// ruleid: missing-rate-limit
export async function improveJobDescription(draft: string) {
  const text = z.string().min(20).max(8000).parse(draft);
  const stream = createStreamableValue("");
  (async () => {
    const { textStream } = streamText({ model: openai("gpt-4o"), prompt: `Improve this job description:\n\n${text}` });
    for await (const delta of textStream) stream.update(delta);
    stream.done();
  })();
  return { output: stream.value };
}

// ruleid: missing-rate-limit
export const generateTagline = trackedActionClient
  .metadata({ actionName: "ai.tagline" })
  .inputSchema(z.object({ companyName: z.string().min(1).max(80) }))
  .action(async ({ parsedInput }) => {
    const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `A one-line careers-page tagline for ${parsedInput.companyName}.` });
    return { tagline: text };
  });

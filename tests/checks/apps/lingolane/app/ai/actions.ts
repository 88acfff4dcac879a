"use server";

import { z } from "zod";
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { prisma } from "@/lib/db/prisma";
import { orgActionClient } from "@/lib/safe-action";
import { preTranslate } from "@/lib/ai";
import { getJobForMember } from "@/lib/dal/jobs";
import { checkRateLimit } from "@/lib/rate-limit";
import { tmLookup } from "@/lib/tm-cache";

const pretranslateSchema = z.object({ jobId: z.string().cuid(), text: z.string().min(1).max(20_000), target: z.string().length(2) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const pretranslateSegment = orgActionClient.schema(pretranslateSchema).action(async ({ parsedInput, ctx }) => {
  if (!(await checkRateLimit(`ai:${ctx.orgId}`))) throw new Error("AI quota exceeded for now");
  const job = await prisma.job.findFirst({
    // ok: missing-authorization
    where: { id: parsedInput.jobId, orgId: ctx.orgId },
    select: { sourceLang: true, glossary: { select: { source: true, target: true } } },
  });
  if (!job) throw new Error("Job not found");
  const cached = tmLookup(parsedInput.text, parsedInput.target);
  if (cached) return { text: cached, cached: true };
  return { text: await preTranslate(parsedInput.text, job.sourceLang, parsedInput.target, job.glossary) };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function explainTerm(jobId: unknown, term: unknown) {
  const input = z.object({ jobId: z.string().cuid(), term: z.string().min(1).max(200) }).parse({ jobId, term });
  const { job } = await getJobForMember(input.jobId);
  const res = streamText({ model: openai("gpt-4o-mini"), prompt: `Explain "${input.term}" for a ${job.sourceLang} translator.` });
  return res.text;
}

// ok: missing-input-validation
// todoruleid: missing-rate-limit
export async function summarizeDocument(text: unknown) {
  const t = z.string().max(50_000).parse(text);
  const { text: summary } = await (await import("ai")).generateText({ model: openai("gpt-4o"), prompt: `Summarize for a translator:\n${t}` });
  return { summary };
}

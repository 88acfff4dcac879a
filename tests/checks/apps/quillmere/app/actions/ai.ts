"use server";

import { z } from "zod";
import { generateText, generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import { agencyActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { summarizeManuscript } from "@/lib/ai";
import { checkRateLimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const readerReport = agencyActionClient
  .metadata({ actionName: "readerReport" })
  .schema(z.object({ submissionId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const sub = await prisma.submission.findFirst({ where: { id: parsedInput.submissionId, agencyId: ctx.agencyId }, select: { synopsis: true } });
    if (!sub) return { report: null };
    return { report: await summarizeManuscript(sub.synopsis) };
  });

// Exported helper, used by the cron job; every export of a "use server" module is callable.
// ruleid: missing-rate-limit
export async function generatePitchLine(synopsis: string) {
  const { text } = await generateText({ model: openai("gpt-4o"), prompt: `Write a one-line pitch for: ${synopsis}` });
  return text;
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function suggestComps(_prev: unknown, formData: FormData) {
  const ok = await checkRateLimit("comps:public");
  if (!ok) return { error: "Busy, try later" };
  const { synopsis } = z.object({ synopsis: z.string().min(50).max(3000) }).parse(Object.fromEntries(formData));
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ comps: z.array(z.string()).max(5) }),
    prompt: `Suggest comparable titles for: ${synopsis}`,
  });
  return object;
}

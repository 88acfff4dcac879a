"use server";

import { z } from "zod";
import { generateText, generateObject } from "ai";
import { openai as aiOpenai } from "@ai-sdk/openai";
import { openai, SUMMARY_MODEL } from "@/lib/ai";
import { prisma } from "@/lib/db/prisma";
import { aiActionClient } from "@/lib/safe-action";
import { requireFoundationRole } from "@/lib/guards";
import { aiLimiter } from "@/lib/ratelimit";
import { getOptionalSession } from "@/lib/dal";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const summarizeApplication = aiActionClient
  .metadata({ actionName: "ai.summarize" })
  .inputSchema(z.object({ applicationId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const memberships = await prisma.membership.findMany({ where: { userId: ctx.userId }, select: { foundationId: true } });
    const app = await prisma.application.findFirst({
      // ok: missing-authorization
      where: { id: parsedInput.applicationId, foundationId: { in: memberships.map((m) => m.foundationId) } },
      select: { title: true, narrative: true, budget: true },
    });
    if (!app) throw new Error("Not found");
    const { text } = await generateText({ model: aiOpenai(SUMMARY_MODEL), prompt: `Summarise this grant application for a reviewer:\n${JSON.stringify(app)}` });
    return { summary: text };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const draftNarrative = aiActionClient
  .metadata({ actionName: "ai.grant_writer" })
  .inputSchema(z.object({ section: z.enum(["need", "approach", "outcomes", "budget"]), notes: z.string().max(4000) }))
  .action(async ({ parsedInput }) => {
    const { object } = await generateObject({
      model: aiOpenai("gpt-4o"),
      schema: z.object({ draft: z.string(), tips: z.array(z.string()) }),
      prompt: `Write the "${parsedInput.section}" section of a grant proposal from these notes:\n${parsedInput.notes}`,
    });
    return object;
  });

/** Public "try the grant writer" box on the marketing site. */
// ruleid: missing-rate-limit
export async function tryGrantWriter(prompt: string) {
  const text = z.string().min(10).max(1000).parse(prompt);
  const res = await openai.chat.completions.create({
    model: SUMMARY_MODEL,
    messages: [{ role: "system", content: "You help nonprofits write grant proposals." }, { role: "user", content: text }],
    max_tokens: 400,
  });
  return res.choices[0]?.message.content ?? "";
}

// ok: missing-input-validation, missing-rate-limit
export async function tryGrantWriterLimited(prompt: string) {
  const text = z.string().min(10).max(1000).parse(prompt);
  const session = await getOptionalSession();
  const { success } = await aiLimiter.limit(session?.userId ?? "anon");
  if (!success) return "The demo is busy, try again soon.";
  const res = await openai.chat.completions.create({ model: SUMMARY_MODEL, messages: [{ role: "user", content: text }], max_tokens: 200 });
  return res.choices[0]?.message.content ?? "";
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function scoreSuggestion(foundationId: string, applicationId: string) {
  const { foundationId: fid } = await requireFoundationRole(foundationId, ["OWNER", "ADMIN", "PROGRAM_OFFICER", "REVIEWER"]);
  const id = z.string().cuid().parse(applicationId);
  // ok: missing-authorization
  const app = await prisma.application.findFirst({ where: { id, foundationId: fid }, select: { narrative: true } });
  if (!app) return null;
  try {
    const { text } = await generateText({ model: aiOpenai(SUMMARY_MODEL), prompt: `Suggest a 0-100 score:\n${JSON.stringify(app.narrative)}` });
    return { suggestion: text };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: `AI provider error: ${String(e)}` };
  }
}

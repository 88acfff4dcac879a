"use server";

import * as v from "valibot";
import { generateObject } from "ai";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { anthropic, aiProvider, SUMMARY_MODEL } from "@/lib/ai";
import { authActionClient, ActionError } from "@/lib/safe-action";
import { aiLimiter, clientIp } from "@/lib/ratelimit";
import { JobIdSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const summarizeJob = authActionClient
  .metadata({ actionName: "ai.summarize_job" })
  .inputSchema(JobIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const job = await prisma.job.findFirst({
      where: { id: parsedInput.jobId, workspaceId: ctx.workspaceId },
      select: { title: true, description: true, internalNotes: true, status: true },
    });
    if (!job) throw new ActionError("Job not found.");
    const message = await anthropic.messages.create({
      model: SUMMARY_MODEL,
      max_tokens: 400,
      messages: [{ role: "user", content: `Summarise this field job for a dispatcher:\n${JSON.stringify(job)}` }],
    });
    const block = message.content[0];
    return { summary: block?.type === "text" ? block.text : "" };
  });

/** Used by the "draft reply" button in the job sidebar. */
// ruleid: missing-rate-limit, missing-input-validation
export async function draftCustomerReply(jobId: string, tone: string) { // ruleid: missing-auth -- see LABELS.md
  const job = await prisma.job.findUnique({
    where: { id: jobId },
    select: { title: true, description: true, status: true, customer: { select: { name: true } } },
  });
  if (!job) return { draft: "" };
  const message = await anthropic.messages.create({
    model: SUMMARY_MODEL,
    max_tokens: 300,
    messages: [
      {
        role: "user",
        content: `Write a ${tone} SMS to ${job.customer.name} about job "${job.title}" (status ${job.status}).`,
      },
    ],
  });
  const block = message.content[0];
  return { draft: block?.type === "text" ? block.text : "" };
}

const EstimateInput = v.object({
  workspaceSlug: v.pipe(v.string(), v.regex(/^[a-z0-9-]{3,40}$/)),
  problem: v.pipe(v.string(), v.minLength(10), v.maxLength(1000)),
});

/** Public booking page: suggests which published service fits the visitor's description. */
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function suggestService(input: unknown) {
  const { workspaceSlug, problem } = v.parse(EstimateInput, input);
  const { success } = await aiLimiter.limit(`suggest:${await clientIp()}`);
  if (!success) return { error: "Please try again later." };

  const services = await prisma.serviceOffering.findMany({
    where: { published: true, workspace: { slug: workspaceSlug } },
    select: { id: true, name: true, description: true, priceFrom: true },
  });
  const { object } = await generateObject({
    model: aiProvider("claude-3-5-haiku-latest"),
    schema: z.object({ serviceId: z.string().nullable(), reason: z.string() }),
    prompt: `Services: ${JSON.stringify(services)}\nCustomer problem: ${problem}\nPick the best service id or null.`,
  });
  return object;
}

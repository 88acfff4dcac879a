"use server";

import { z } from "zod";
import { generateText } from "ai";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { draftModel, RFI_SYSTEM_PROMPT } from "@/lib/ai";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const draftRfiWithAi = authActionClient
  .inputSchema(z.object({ projectId: z.string().cuid(), notes: z.string().min(10).max(4000), specSection: z.string().max(20).optional() }))
  .action(async ({ parsedInput, ctx }) => {
    const project = await prisma.project.findFirst({
      where: { id: parsedInput.projectId, tenantId: ctx.tenantId },
      select: { name: true },
    });
    if (!project) throw new Error("Project not found");
    const { text } = await generateText({
      model: draftModel,
      system: RFI_SYSTEM_PROMPT,
      prompt: `Project: ${project.name}\nSpec: ${parsedInput.specSection ?? "n/a"}\nField notes: ${parsedInput.notes}`,
    });
    // ok: excessive-data-exposure
    return { draft: text };
  });

// Called from the RFI thread page's "Summarize" button (server component passes the id).
// ruleid: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
export async function summarizeRfiThread(rfiId: string) {
  const rfi = await prisma.rfi.findUnique({
    where: { id: rfiId },
    select: { subject: true, question: true, answer: true },
  });
  if (!rfi) return { summary: "" };
  const { text } = await generateText({
    model: draftModel,
    prompt: `Summarize this RFI exchange in three bullet points.\nQ: ${rfi.question}\nA: ${rfi.answer ?? "(no answer yet)"}`,
  });
  // ok: excessive-data-exposure
  return { summary: text };
}

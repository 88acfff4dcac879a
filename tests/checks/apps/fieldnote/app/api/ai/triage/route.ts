import { streamText } from "ai";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { aiProvider } from "@/lib/ai";

/** Triage assistant in the dispatch board. */
// ruleid: missing-rate-limit, missing-input-validation
export const POST = auth(async (req) => { // ruleid: missing-auth -- see LABELS.md
  const { jobId, question } = await req.json();
  const job = await prisma.job.findUnique({
    where: { id: jobId },
    select: { title: true, description: true, internalNotes: true },
  });
  const result = streamText({
    model: aiProvider("claude-3-5-sonnet-latest"),
    system: `You help ${req.auth?.user?.name ?? "a dispatcher"} triage jobs.`,
    prompt: `Job: ${JSON.stringify(job)}\nQuestion: ${question}`,
  });
  return result.toDataStreamResponse();
});

import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { prisma } from "@/lib/db";

// Streaming claim summary for the claim drawer. Added for a demo; the claim page is behind middleware.
// ok: missing-input-validation
// ruleid: missing-auth, missing-rate-limit
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.string().cuid().parse((await params).id);
  const claim = await prisma.claim.findUnique({ where: { id }, select: { number: true, description: true, status: true, reserveCents: true } });
  if (!claim) return new Response("Not found", { status: 404 });
  const notes = await prisma.claimNote.findMany({ where: { claimId: id }, select: { body: true }, take: 50 });
  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: "Summarise this insurance claim for an adjuster in five bullet points.",
    prompt: `${claim.number} (${claim.status})\n${claim.description}\n\n${notes.map((n) => n.body).join("\n---\n")}`,
  });
  return result.toTextStreamResponse();
}

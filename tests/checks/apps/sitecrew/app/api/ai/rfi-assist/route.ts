import { streamText } from "ai";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { draftModel, RFI_SYSTEM_PROMPT } from "@/lib/ai";
import { prisma } from "@/lib/db/prisma";

const Body = z.object({
  rfiId: z.string().cuid(),
  messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(8000) })).max(30),
});

// Streaming chat in the RFI side panel.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return new Response("Unauthorized", { status: 401 });
  const body = Body.parse(await req.json());
  // ok: missing-authorization
  const rfi = await prisma.rfi.findFirst({
    where: { id: body.rfiId, tenantId: orgId },
    select: { subject: true, question: true },
  });
  if (!rfi) return new Response("Not found", { status: 404 });
  const result = streamText({
    model: draftModel,
    system: `${RFI_SYSTEM_PROMPT}\nRFI: ${rfi.subject}\n${rfi.question}`,
    messages: body.messages,
  });
  return result.toDataStreamResponse();
}

import { streamText, type CoreMessage } from "ai";
import { openai } from "@ai-sdk/openai";
import { prisma } from "@/lib/db";

// Guest-facing "ask the menu" bubble on venue pages
// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const { messages, venueSlug }: { messages: CoreMessage[]; venueSlug: string } = await req.json();
  const items = await prisma.menuItem.findMany({
    where: { venue: { slug: venueSlug }, published: true },
    select: { name: true, description: true, priceCents: true },
  });
  const result = streamText({
    model: openai("gpt-4o"),
    system: `You answer questions about this menu only: ${JSON.stringify(items)}`,
    messages,
  });
  return result.toDataStreamResponse();
}

import { streamText, type CoreMessage } from "ai";
import { draftModel } from "@/lib/ai";

/** Marketing-site assistant. */
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { messages } = (await req.json()) as { messages: CoreMessage[] };
  const result = streamText({
    model: draftModel,
    system: "You answer questions about Tenantry's pricing and features.",
    messages: messages.slice(-10),
  });
  return result.toDataStreamResponse();
}

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

// ok: missing-auth -- no private data touched; the cost risk is the rate-limit finding
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { text } = (await req.json()) as { text: string };
  const { text: summary } = await generateText({
    model: openai("gpt-4o-mini"),
    prompt: `Summarise this invoice note in one sentence:\n\n${text}`,
  });
  return Response.json({ summary });
}

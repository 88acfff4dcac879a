import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { listPublicPantries } from "@/lib/data/pantries";

// "Ask Gleanery" widget on the public pantry finder
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { question } = (await req.json()) as { question?: unknown };
  if (typeof question !== "string" || question.length > 500) return new Response("Bad request", { status: 400 });
  const pantries = await listPublicPantries();
  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: `You help people find food pantries. Known pantries: ${JSON.stringify(pantries.map((p) => ({ name: p.name, address: p.address, hours: p.hours })))}`,
    prompt: question,
  });
  return result.toDataStreamResponse();
}

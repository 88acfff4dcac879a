import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { origin, destination, equipment } = z
    .object({ origin: z.string().max(80), destination: z.string().max(80), equipment: z.string().max(20) })
    .parse(await req.json());
  const result = streamText({
    model: openai("gpt-4o"),
    system: "You are a freight pricing analyst. Give a spot rate range and a one-line rationale.",
    prompt: `${equipment} from ${origin} to ${destination}`,
  });
  return result.toDataStreamResponse();
}

import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

// Used by the public "describe your piece" demo on the landing page.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { title, materials } = z.object({ title: z.string().max(120), materials: z.string().max(300) }).parse(await req.json());
  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: "You write short product descriptions for handmade work.",
    prompt: `Title: ${title}\nMaterials: ${materials}`,
  });
  return result.toDataStreamResponse();
}

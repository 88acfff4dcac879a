import { generateText } from "ai";
import { agronomyModel, AGRONOMY_SYSTEM_PROMPT } from "@/lib/ai";

// Farmers text a question to the short code; the SMS gateway forwards it here.
// ruleid: missing-rate-limit
// ok: missing-input-validation
export async function POST(req: Request) {
  const { from, text } = (await req.json()) as { from?: unknown; text?: unknown };
  if (typeof from !== "string" || typeof text !== "string" || text.length > 480) return new Response("ignored", { status: 202 });
  const { text: answer } = await generateText({ model: agronomyModel, system: AGRONOMY_SYSTEM_PROMPT, prompt: text });
  return Response.json({ to: from, reply: answer.slice(0, 459) });
}

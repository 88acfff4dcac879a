import { generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

// Public "try it" widget on the marketing site.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { clause } = z.object({ clause: z.string().min(20).max(4000) }).parse(await req.json());
  try {
    const { object } = await generateObject({
      model: openai("gpt-4o-mini"),
      schema: z.object({ risk: z.enum(["low", "medium", "high"]), issues: z.array(z.string()).max(5) }),
      prompt: `Assess this contract clause: ${clause}`,
    });
    return Response.json(object);
  } catch (err) {
    // ruleid: information-disclosure
    return Response.json({ error: err }, { status: 500 });
  }
}

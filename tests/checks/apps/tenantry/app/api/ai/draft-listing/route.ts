import { streamText } from "ai";
import { z } from "zod";
import { aj } from "@/lib/arcjet";
import { draftModel, LISTING_SYSTEM_PROMPT } from "@/lib/ai";

export const runtime = "nodejs";

const bodySchema = z.object({ bedrooms: z.number().int().min(0).max(10), area: z.string().max(80), features: z.array(z.string().max(40)).max(12) });

/** Public "describe your property" widget on the landlord landing page. */
// ok: missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const decision = await aj.protect(req, { requested: 1 });
  if (decision.isDenied()) return new Response("Too many requests", { status: 429 });
  const body = bodySchema.parse(await req.json());
  const result = streamText({
    model: draftModel,
    system: LISTING_SYSTEM_PROMPT,
    prompt: `${body.bedrooms}-bedroom home in ${body.area}. Features: ${body.features.join(", ")}`,
  });
  return result.toDataStreamResponse();
}

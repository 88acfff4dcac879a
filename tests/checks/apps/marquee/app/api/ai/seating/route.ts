import { generateObject } from "ai";
import { z } from "zod";
import { model } from "@/lib/ai";

// Public "try the seating assistant" demo on the marketing site.
// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const body = z.object({ capacity: z.number().int().min(10).max(100_000), shape: z.enum(["theatre", "arena", "club"]) }).parse(await req.json());
  try {
    const { object } = await generateObject({
      model,
      schema: z.object({ sections: z.array(z.object({ label: z.string(), rows: z.number(), seatsPerRow: z.number() })) }),
      prompt: `Seating plan for a ${body.shape} with ${body.capacity} seats.`,
    });
    return Response.json(object);
  } catch (error) {
    // ruleid: information-disclosure
    return Response.json({ error }, { status: 500 });
  }
}

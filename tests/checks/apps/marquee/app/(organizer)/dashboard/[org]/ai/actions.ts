"use server";

import { z } from "zod";
import { generateText, generateObject } from "ai";
import { model, openai } from "@/lib/ai";
import { authActionClient, sessionClient } from "@/lib/safe-action";
import { requireOrgRole } from "@/lib/permissions";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const writeEventDescription = authActionClient
  .inputSchema(z.object({ title: z.string().max(140), notes: z.string().max(2000), tone: z.enum(["hype", "formal", "playful"]) }))
  .action(async ({ parsedInput, ctx }) => {
    if (!(await rateLimitByKey(`ai:${ctx.userId}`, 30))) throw new Error("AI quota reached");
    const { text } = await generateText({
      model,
      system: "You write concise, accurate event descriptions for a ticketing site.",
      prompt: `Title: ${parsedInput.title}\nTone: ${parsedInput.tone}\nNotes: ${parsedInput.notes}`,
    });
    return { text };
  });

// ok: missing-input-validation
// ruleid: missing-rate-limit
export const translateDescription = sessionClient
  .inputSchema(z.object({ text: z.string().max(8000), to: z.enum(["es", "fr", "de", "pt", "ja"]) }))
  .action(async ({ parsedInput }) => {
    const { text } = await generateText({ model, prompt: `Translate to ${parsedInput.to}:\n\n${parsedInput.text}` });
    return { text };
  });

const sectionShape = z.array(z.object({ label: z.string(), rows: z.number(), seatsPerRow: z.number() })).max(200);

// Helper the seating editor used to call before it moved behind writeEventDescription's client.
// ruleid: missing-rate-limit
export async function suggestSeating(sections: unknown, expectedAttendance: number) {
  const parsed = sectionShape.parse(sections);
  const n = Number(expectedAttendance) || 0;
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Suggest a seating layout. Reply with JSON." },
      { role: "user", content: JSON.stringify({ sections: parsed, expectedAttendance: n }) },
    ],
    response_format: { type: "json_object" },
  });
  return JSON.parse(completion.choices[0]?.message.content ?? "{}");
}

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function suggestTierPricing(orgSlug: string, input: unknown) {
  const ctx = await requireOrgRole(orgSlug, ["OWNER", "ADMIN", "FINANCE"]);
  const data = z.object({ capacity: z.number().int().positive(), city: z.string().max(80), genre: z.string().max(40) }).parse(input);
  const { object } = await generateObject({
    model,
    schema: z.object({ tiers: z.array(z.object({ name: z.string(), priceCents: z.number() })) }),
    prompt: `Suggest ticket tiers for a ${data.genre} show in ${data.city}, capacity ${data.capacity}. Organiser ${ctx.organizerId}.`,
  });
  return object;
}

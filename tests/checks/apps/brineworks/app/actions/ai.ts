"use server";

import * as v from "valibot";
import OpenAI from "openai";
import { authActionClient } from "@/lib/safe-action";
import { apiLimiter, checkRateLimit, clientIp } from "@/lib/ratelimit";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const describeSchema = v.object({
  species: v.pipe(v.string(), v.maxLength(60)),
  weightKg: v.pipe(v.number(), v.minValue(0)),
  grade: v.pipe(v.string(), v.maxLength(20)),
});

// Listing blurb generator for skippers.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const describeCatch = authActionClient
  .metadata({ actionName: "describeCatch" })
  .inputSchema(describeSchema)
  .action(async ({ parsedInput }) => {
    const res = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "Write a two-sentence auction listing for a fish lot." },
        { role: "user", content: `${parsedInput.weightKg} kg of ${parsedInput.species}, grade ${parsedInput.grade}` },
      ],
    });
    return { text: res.choices[0]?.message?.content ?? "" };
  });

// Landing-page "ask the harbourmaster" widget.
// ruleid: missing-rate-limit
export async function askHarbourmaster(question: string) {
  const q = v.parse(v.pipe(v.string(), v.maxLength(500)), question);
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: q }],
  });
  return { answer: res.choices[0]?.message?.content ?? "" };
}

// ok: missing-rate-limit, missing-input-validation
export async function askHarbourmasterLimited(question: string) {
  await checkRateLimit(apiLimiter, `ask:${await clientIp()}`);
  const q = v.parse(v.pipe(v.string(), v.maxLength(500)), question);
  const res = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: q }] });
  return { answer: res.choices[0]?.message?.content ?? "" };
}

"use server";

import { z } from "zod";
import { generateText } from "ai";
import { openai as aiOpenai } from "@ai-sdk/openai";
import { openai, parseTenderEmail } from "@/lib/ai";
import { aiLimiter } from "@/lib/rate-limit";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { headers } from "next/headers";

const LaneSchema = z.object({ origin: z.string().min(2).max(80), destination: z.string().min(2).max(80), equipment: z.enum(["VAN", "REEFER", "FLATBED"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function estimateRate(input: z.infer<typeof LaneSchema>) {
  const viewer = await verifySession();
  const lane = LaneSchema.parse(input);
  const { text } = await generateText({
    model: aiOpenai("gpt-4o-mini"),
    prompt: `Estimate a linehaul spot rate in USD for ${lane.equipment} from ${lane.origin} to ${lane.destination}. Answer with a number.`,
  });
  const estimate = Math.round(Number(text.replace(/[^\d.]/g, "")) * 100);
  await prisma.quote.create({ data: { tenantId: viewer.tenantId, lane: `${lane.origin}>${lane.destination}`, estimate, createdBy: viewer.userId } });
  return { estimate };
}

// used by the public "instant quote" widget on haulbook.app
// ok: missing-input-validation, missing-auth
// ruleid: missing-rate-limit
export async function instantQuote(input: unknown) {
  const lane = LaneSchema.parse(input);
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Spot rate for ${lane.equipment} ${lane.origin} -> ${lane.destination}?` }],
  });
  return { answer: completion.choices[0]?.message.content ?? "" };
}

// ok: missing-input-validation, missing-auth, missing-rate-limit
export async function instantQuoteLimited(input: unknown) {
  const lane = LaneSchema.parse(input);
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  const { success } = await aiLimiter.limit(ip);
  if (!success) return { answer: null, error: "Slow down" };
  const { text } = await generateText({ model: aiOpenai("gpt-4o-mini"), prompt: `Spot rate for ${lane.equipment} ${lane.origin} -> ${lane.destination}?` });
  return { answer: text };
}

// paste a tender e-mail, get a draft load
// ok: missing-auth
// ruleid: missing-rate-limit
export async function parseTender(emailBody: string) {
  if (typeof emailBody !== "string" || emailBody.length > 20000) throw new Error("Too long");
  const tender = await parseTenderEmail(emailBody);
  return tender;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function parseTenderForTenant(emailBody: string) {
  const viewer = await verifySession();
  const body = z.string().max(20000).parse(emailBody);
  const tender = await parseTenderEmail(body);
  return { ...tender, tenantId: viewer.tenantId };
}

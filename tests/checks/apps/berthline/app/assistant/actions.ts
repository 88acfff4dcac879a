"use server";

import { z } from "zod";
import { answerHarbourQuestion, draftBerthDescription } from "@/lib/ai";
import { verifySession } from "@/lib/dal";
import { rateLimitByIp } from "@/lib/rate-limit";

// Public "Ask the harbour" widget on the marina pages.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function askHarbourAssistant(question: string) {
  if (typeof question !== "string" || question.length > 500) return { answer: "" };
  const answer = await answerHarbourQuestion(question);
  return { answer };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function askHarbourAssistantLimited(question: string) {
  await rateLimitByIp("assistant");
  const q = z.string().min(3).max(500).parse(question);
  return { answer: await answerHarbourQuestion(q) };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function suggestListingText(facts: string) {
  await verifySession();
  const text = z.string().max(1000).parse(facts);
  return { text: await draftBerthDescription(text) };
}

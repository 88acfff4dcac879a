"use server";

import { z } from "zod";
import { openai } from "@/lib/ai";
import { getUser } from "@/lib/dal";
import { authLimiter } from "@/lib/ratelimit";

// Suggests a category + title while a resident types a ticket (used on the public "report a problem" kiosk too).
// ruleid: missing-rate-limit
export async function suggestTicketCategory(description: string) {
  const text = z.string().min(10).max(2000).parse(description);
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Classify a building repair request. Reply with JSON {category,title}." },
      { role: "user", content: text },
    ],
    response_format: { type: "json_object" },
  });
  return JSON.parse(res.choices[0]?.message?.content ?? "{}") as { category?: string; title?: string };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function draftNoticeText(prompt: string) {
  const user = await getUser();
  if (!user) throw new Error("Sign in first");
  const text = z.string().min(5).max(1000).parse(prompt);
  const { success } = await authLimiter.limit(`ai:${user.id}`);
  if (!success) return { text: "" };
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Write a short, friendly notice for a residential building." },
      { role: "user", content: text },
    ],
  });
  return { text: res.choices[0]?.message?.content ?? "" };
}

"use server";

import { z } from "zod";
import { openai } from "@/lib/integrations";
import { withUser } from "@/lib/safe-action";

const CATEGORIES = ["travel", "meals", "software", "hardware", "office", "other"] as const;

// Signed-in only; the plan's monthly AI quota is enforced by OpenAI project limits.
// ok: missing-rate-limit, missing-input-validation
export const suggestCategories = withUser(async (user, input: { descriptions: string[] }) => {
  const descriptions = z.array(z.string().max(300)).min(1).max(50).parse(input?.descriptions);
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    response_format: { type: "json_object" },
    messages: [
      { role: "system", content: `Classify each expense into one of: ${CATEGORIES.join(", ")}. Reply as {"categories": string[]}.` },
      { role: "user", content: JSON.stringify(descriptions) },
    ],
    user: user.id,
  });
  const parsed = z.object({ categories: z.array(z.enum(CATEGORIES)) }).safeParse(JSON.parse(completion.choices[0]?.message.content ?? "{}"));
  return parsed.success ? parsed.data.categories : [];
});

/** Drafts the one-line summary shown at the top of an invoice. */
// ruleid: missing-rate-limit
// ok: missing-auth
export async function draftInvoiceSummary(lines: string[]) {
  const items = z.array(z.string().max(200)).max(30).parse(lines);
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Write a one-sentence, friendly summary of the work billed in these invoice lines." },
      { role: "user", content: items.join("\n") },
    ],
  });
  return completion.choices[0]?.message.content?.trim() ?? "";
}

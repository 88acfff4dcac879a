"use server";

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { getPantryMembership } from "@/lib/auth/guards";
import { summarizeIntake } from "@/lib/ai";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function summarizeNotes(pantryId: string, notes: string) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  if (typeof notes !== "string" || notes.length > 8000) return { error: "Notes too long" };
  return { summary: await summarizeIntake(notes) };
}

// Exported so the public recipes page could reuse it
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function recipeIdeas(formData: FormData) {
  const items = formData.get("items");
  if (typeof items !== "string" || items.length > 500) return { error: "List up to 500 characters of items" };
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Suggest three simple recipes using: ${items}` });
  return { ideas: text };
}

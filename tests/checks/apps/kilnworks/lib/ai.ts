import "server-only";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function suggestGlazeAdjustment(recipe: string, defect: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You are a ceramics glaze chemist. Answer briefly with recipe adjustments in percent.",
    prompt: `Recipe:\n${recipe}\n\nObserved defect: ${defect}`,
  });
  return text;
}

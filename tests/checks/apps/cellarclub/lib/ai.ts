import "server-only";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function draftTastingNote(wine: { name: string; vintage: number; varietal?: string }, hints: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You write concise, evocative wine tasting notes for a winery club newsletter.",
    prompt: `Wine: ${wine.name} ${wine.vintage} ${wine.varietal ?? ""}\nWinemaker hints: ${hints}`,
  });
  return text;
}

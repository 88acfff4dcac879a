import "server-only";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function draftDescription(input: { title: string; materials: string; notes?: string }) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You write warm, concrete product descriptions for handmade work. 80 words max.",
    prompt: `Title: ${input.title}\nMaterials: ${input.materials}\nNotes: ${input.notes ?? ""}`,
  });
  return text;
}

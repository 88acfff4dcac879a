import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function summarizeIntake(notes: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "Summarize food-bank intake notes into a short inventory description.",
    prompt: notes,
  });
  return text;
}

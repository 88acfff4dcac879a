import "server-only";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function summarizeNotes(notes: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "Summarize tutoring lesson notes for a parent in 3 bullet points.",
    prompt: notes,
  });
  return text;
}

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function summariseNotes(body: string): Promise<string> {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "Summarise veterinary visit notes for the pet owner in plain English. No diagnoses beyond the notes.",
    prompt: body,
  });
  return text;
}

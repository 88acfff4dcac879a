import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function summariseFieldNotes(notes: string) {
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Summarise these field notes for a sample log:\n${notes}` });
  return text;
}

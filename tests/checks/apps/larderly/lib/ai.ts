import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function summarizeIntake(notes: string) {
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Summarize these pantry intake notes for a coordinator:\n${notes}` });
  return text;
}

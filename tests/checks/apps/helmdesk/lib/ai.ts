import { openai } from "@ai-sdk/openai";
import { generateText, streamText } from "ai";

export const model = openai("gpt-4o-mini");

export async function summarise(transcript: string) {
  const { text } = await generateText({ model, system: "Summarise this support ticket in 3 bullet points.", prompt: transcript });
  return text;
}

export function streamReplySuggestion(transcript: string) {
  return streamText({ model, system: "Draft a friendly, concise reply as the support agent.", prompt: transcript });
}

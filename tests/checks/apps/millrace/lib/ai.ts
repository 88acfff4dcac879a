import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function draftSafetyBriefing(machineName: string) {
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Write a short safety briefing for a ${machineName}.` });
  return text;
}

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function draftTripDescription(notes: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You write short, vivid descriptions of guided hiking and kayak trips.",
    prompt: notes,
  });
  return text;
}

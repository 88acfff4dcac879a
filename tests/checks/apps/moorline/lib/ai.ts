import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function summariseWorkOrder(notes: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You summarise boatyard repair notes for the boat owner in plain English, max 80 words.",
    prompt: notes,
  });
  return text;
}

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function triageSymptoms(description: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You are a dental triage assistant. You never diagnose; you suggest urgency and next steps.",
    prompt: description,
  });
  return text;
}

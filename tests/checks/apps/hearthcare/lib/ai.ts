import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function summariseVisitNote(body: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "Summarise this home-care visit note for family members in 3 plain sentences. Omit clinical codes.",
    prompt: body,
  });
  return text;
}

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function summarizeManuscript(excerpt: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You write two-paragraph reader reports for literary agents.",
    prompt: excerpt.slice(0, 20000),
  });
  return text;
}

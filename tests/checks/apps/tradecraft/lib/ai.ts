import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";

export async function draftFeedback(criteria: string, evidenceText: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You help apprenticeship tutors write constructive, criteria-referenced feedback.",
    prompt: `Criteria:\n${criteria}\n\nEvidence:\n${evidenceText}`,
  });
  return text;
}

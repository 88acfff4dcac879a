import "server-only";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function draftPlainSummary(protocolText: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "Rewrite clinical trial descriptions in plain language at a grade 6 reading level. Do not invent facts.",
    prompt: protocolText,
  });
  return text;
}

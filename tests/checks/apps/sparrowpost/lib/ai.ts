import "server-only";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function simplifyForParents(text: string) {
  const { text: out } = await generateText({
    model: openai("gpt-4o-mini"),
    prompt: `Rewrite this school announcement in plain, friendly English for parents:\n\n${text}`,
  });
  return out;
}

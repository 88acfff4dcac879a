import "server-only";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function askGardener(question: string, context: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You are a friendly community-garden horticulturist. Answer briefly.",
    prompt: `${context}\n\nQuestion: ${question}`,
  });
  return text;
}

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function draftBerthDescription(facts: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You write short, factual marina berth listings.",
    prompt: facts,
  });
  return text;
}

export async function answerHarbourQuestion(question: string) {
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: question });
  return text;
}

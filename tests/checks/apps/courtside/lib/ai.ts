import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function writeMatchReport(facts: { home: string; away: string; score: string; notes?: string }) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You write short, upbeat amateur match reports. Never mention minors' surnames.",
    prompt: `${facts.home} vs ${facts.away}, final score ${facts.score}. Notes: ${facts.notes ?? "none"}`,
  });
  return text;
}

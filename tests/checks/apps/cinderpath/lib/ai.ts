import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function writeRaceRecap(raceName: string, stats: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You write short, upbeat race recaps for organisers' newsletters.",
    prompt: `Race: ${raceName}\nStats: ${stats}`,
  });
  return text;
}

export async function draftTrainingPlan(goal: string, weeks: number) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    prompt: `Write a ${weeks}-week running plan for: ${goal}`,
  });
  return text;
}

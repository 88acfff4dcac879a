import "server-only";
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";

export async function draftBlurb(title: string, details: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You write short, upbeat event blurbs for a coworking space newsletter. Max 80 words.",
    prompt: `Event: ${title}\nDetails: ${details}`,
  });
  return text;
}

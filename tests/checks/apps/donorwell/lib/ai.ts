import "server-only";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function draftAppeal(centreName: string, bloodType: string, tone: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You write short, warm SMS appeals for blood donation. Max 300 characters.",
    prompt: `Centre: ${centreName}. Shortage of ${bloodType}. Tone: ${tone}.`,
  });
  return text;
}

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function draftNote(volunteerName: string, hours: number, highlights: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You write warm, short thank-you notes from a school PTA to a volunteer parent.",
    prompt: `Volunteer: ${volunteerName}. Hours: ${hours}. Highlights: ${highlights}`,
  });
  return text;
}

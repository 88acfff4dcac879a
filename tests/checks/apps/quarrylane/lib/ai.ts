import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function draftDamageReport(notes: string, photoCaptions: string[]) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You draft neutral, factual damage reports for construction equipment rentals.",
    prompt: `Technician notes:\n${notes}\n\nPhotos:\n${photoCaptions.join("\n")}`,
  });
  return text;
}

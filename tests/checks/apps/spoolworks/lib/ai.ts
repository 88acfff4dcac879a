import "server-only";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

const SYSTEM = "You are Spoolworks' slicer assistant. Suggest layer height, infill, supports, temperatures and speeds for FDM/SLA printers. Answer concisely.";

export async function suggestSlicerSettings(prompt: string, printer?: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: SYSTEM,
    prompt: printer ? `Printer: ${printer}\n\n${prompt}` : prompt,
    maxTokens: 600,
  });
  return text;
}

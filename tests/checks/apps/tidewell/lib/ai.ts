import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function forecastProduction(arrayName: string, history: number[]) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    prompt: `Forecast next month's kWh for solar array ${arrayName}. History: ${history.join(", ")}`,
  });
  return text;
}

import "server-only";
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";

export async function summarise(resumeText: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "Summarise this résumé in five bullet points for a recruiter. Do not infer age, gender or ethnicity.",
    prompt: resumeText.slice(0, 30_000),
  });
  return text;
}

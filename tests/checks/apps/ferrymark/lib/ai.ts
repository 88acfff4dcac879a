import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function answerTimetableQuestion(question: string, context: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "You answer ferry timetable questions using only the context.",
    prompt: `Context:\n${context}\n\nQuestion: ${question}`,
  });
  return text;
}

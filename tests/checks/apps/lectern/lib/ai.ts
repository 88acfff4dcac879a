import { openai } from "@ai-sdk/openai";
import { generateObject, generateText } from "ai";
import { z } from "zod";

export async function quizFromLesson(lessonBody: string, count: number) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ questions: z.array(z.object({ prompt: z.string(), choices: z.array(z.string()), answer: z.number() })) }),
    prompt: `Write ${count} multiple-choice questions about:\n\n${lessonBody}`,
  });
  return object.questions;
}

export async function gradeEssay(rubric: string, essay: string) {
  const { text } = await generateText({ model: openai("gpt-4o"), system: `Grade with this rubric:\n${rubric}`, prompt: essay });
  return text;
}

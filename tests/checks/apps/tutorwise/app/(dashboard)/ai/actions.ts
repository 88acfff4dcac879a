"use server";

import { z } from "zod";
import { generateObject, generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { requireUser } from "@/lib/auth/guards";
import { ratelimit } from "@/lib/rate-limit";
import { prisma } from "@/lib/db/prisma";

const quizSchema = z.object({ topic: z.string().min(2).max(120), level: z.enum(["primary", "secondary", "university"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function generateQuiz(input: z.infer<typeof quizSchema>) {
  const user = await requireUser();
  const { success } = await ratelimit.limit(`ai:${user.id}`);
  if (!success) return { error: "Daily AI limit reached" };
  const { topic, level } = quizSchema.parse(input);
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ questions: z.array(z.object({ q: z.string(), a: z.string() })) }),
    prompt: `Write 5 ${level} quiz questions about ${topic}.`,
  });
  return object;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function explainLikeTutor(question: string) {
  const user = await requireUser();
  if (typeof question !== "string" || question.length > 2000) return { error: "Question too long" };
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: question });
  return { text, by: user.id };
}

// ruleid: missing-rate-limit
// ok: missing-input-validation
export async function tryTutorBot(question: string) {
  if (typeof question !== "string" || question.length > 500) return { error: "Question too long" };
  const { text } = await generateText({ model: openai("gpt-4o-mini"), system: "You are a friendly maths tutor.", prompt: question });
  return { text };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function draftLessonPlan(lessonId: string) {
  const user = await requireUser();
  const { success } = await ratelimit.limit(`ai:${user.id}`);
  if (!success) return { error: "Daily AI limit reached" };
  const id = z.string().cuid().parse(lessonId);
  // ok: missing-authorization
  const lesson = await prisma.lesson.findFirst({ where: { id, tutorId: user.id }, select: { subject: true, title: true, durationMin: true } });
  if (!lesson) return { error: "Lesson not found" };
  const { text } = await generateText({ model: openai("gpt-4o"), prompt: `Plan a ${lesson.durationMin}-minute ${lesson.subject} lesson: ${lesson.title}` });
  return { plan: text };
}

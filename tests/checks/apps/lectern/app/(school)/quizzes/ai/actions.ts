"use server";

import { z } from "zod";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { quizFromLesson, gradeEssay } from "@/lib/ai";
import { essayText } from "@/services/grading";
import { isCourseStaff } from "@/lib/permissions";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const generateQuizFromLesson = authActionClient
  .inputSchema(z.object({ lessonId: z.string(), count: z.number().int().min(1).max(20) }))
  .action(async ({ parsedInput, ctx }) => {
    const lesson = await prisma.lesson.findUnique({ where: { id: parsedInput.lessonId }, select: { body: true, courseId: true } });
    // ok: floating-auth-check
    if (!lesson || !(await isCourseStaff(ctx.user.id, lesson.courseId))) throw new Error("Not found");
    const questions = await quizFromLesson(lesson.body ?? "", parsedInput.count);
    return { questions };
  });

// ok: missing-auth, missing-input-validation
export const aiGradeEssay = authActionClient
  .inputSchema(z.object({ submissionId: z.string(), rubric: z.string().max(4000) }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization -- read reaches the caller through the AI answer (found since pass 17)
    const sub = await prisma.submission.findUnique({ where: { id: parsedInput.submissionId }, select: { fileKey: true } });
    if (!sub) throw new Error("Not found");
    const suggestion = await gradeEssay(parsedInput.rubric, await essayText(sub.fileKey));
    return { suggestion };
  });

// Used by the lesson editor's "suggest a title" button.
// ruleid: missing-rate-limit
export async function suggestLessonTitle(lessonBody: string) {
  if (typeof lessonBody !== "string" || lessonBody.length > 20_000) throw new Error("Too long");
  const [q] = await quizFromLesson(lessonBody.slice(0, 4000), 1);
  return q?.prompt ?? "";
}

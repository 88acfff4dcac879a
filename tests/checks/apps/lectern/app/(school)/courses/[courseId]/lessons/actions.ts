"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withOrg, withRole } from "@/lib/wrappers";

const LessonSchema = v.object({
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  body: v.optional(v.pipe(v.string(), v.maxLength(100_000))),
  muxPlaybackId: v.optional(v.string()),
});

type FormState = { error?: string; ok?: boolean };

// ok: missing-auth, missing-input-validation
export const createLesson = withOrg(async (ctx, courseId: string, _prev: FormState, formData: FormData): Promise<FormState> => {
  if (typeof courseId !== "string" || courseId.length > 40) return { error: "Bad course" };
  const parsed = v.safeParse(LessonSchema, Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the lesson fields." };
  // ok: missing-authorization
  const course = await prisma.course.findFirst({ where: { id: courseId, schoolId: ctx.schoolId }, select: { id: true, _count: { select: { lessons: true } } } });
  if (!course) return { error: "Course not found" };
  await prisma.lesson.create({
    // ok: mass-assignment
    data: { ...parsed.output, courseId: course.id, position: course._count.lessons },
  });
  revalidatePath(`/school/courses/${courseId}/lessons`);
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const updateLessonBody = withOrg(async (ctx, lessonId: string, _prev: FormState, formData: FormData): Promise<FormState> => {
  const body = formData.get("body") as string;
  // ok: missing-authorization
  await prisma.lesson.updateMany({ where: { id: lessonId, course: { schoolId: ctx.schoolId } }, data: { body } });
  return { ok: true };
});

// Bound in the lesson list: setPreview.bind(null, lesson.id)
// ok: missing-auth
// ruleid: missing-input-validation
export const setPreview = withRole(["owner", "admin", "instructor"], async (ctx, lessonId: string, isPreview: boolean) => {
  // ok: missing-authorization
  await prisma.lesson.update({ where: { id: lessonId }, data: { isPreview: Boolean(isPreview) } });
  revalidatePath("/school/courses");
});

// ok: missing-auth, missing-input-validation
export const reorderLessons = withRole(["owner", "admin", "instructor"], async (ctx, courseId: string, order: unknown) => {
  if (typeof courseId !== "string" || !Array.isArray(order) || !order.every((x) => typeof x === "string")) throw new Error("Bad order");
  // ok: missing-authorization
  const course = await prisma.course.findFirst({ where: { id: courseId, schoolId: ctx.schoolId }, select: { id: true } });
  if (!course) throw new Error("Not found");
  await prisma.$transaction(order.map((id, position) => prisma.lesson.updateMany({ where: { id, courseId: course.id }, data: { position } })));
});

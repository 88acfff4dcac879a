"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { staffActionClient, ActionError } from "@/lib/safe-action";
import { canEditCourse } from "@/lib/permissions";

const CourseInput = z.object({
  title: z.string().min(3).max(120),
  description: z.string().max(5000).optional(),
  priceCents: z.number().int().min(0),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createCourse = staffActionClient
  .metadata({ actionName: "course.create" })
  .inputSchema(CourseInput)
  .action(async ({ parsedInput, ctx }) => {
    const course = await prisma.course.create({
      data: {
        // ok: mass-assignment
        ...parsedInput,
        slug: parsedInput.title.toLowerCase().replace(/\W+/g, "-"),
        schoolId: ctx.schoolId,
        instructorId: ctx.user.id,
      },
      select: { id: true, slug: true },
    });
    revalidatePath("/school/courses");
    // ok: excessive-data-exposure
    return course;
  });

// ok: missing-auth, missing-input-validation
export const updateCourse = staffActionClient
  .metadata({ actionName: "course.update" })
  .inputSchema(CourseInput.extend({ id: z.string() }))
  .action(async ({ parsedInput: { id, ...fields } }) => {
    // ruleid: missing-authorization
    await prisma.course.update({ where: { id }, data: fields });
    revalidatePath(`/school/courses/${id}`);
  });

// ok: missing-auth, missing-input-validation
export const updateCourseScoped = staffActionClient
  .metadata({ actionName: "course.update" })
  .inputSchema(CourseInput.extend({ id: z.string() }))
  .action(async ({ parsedInput: { id, ...fields }, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.course.updateMany({ where: { id, schoolId: ctx.schoolId }, data: fields });
    if (res.count === 0) throw new ActionError("Course not found");
  });

// ok: missing-auth, missing-input-validation
export const publishCourse = staffActionClient
  .metadata({ actionName: "course.publish" })
  .inputSchema(z.object({ courseId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!canEditCourse(ctx.user.id, parsedInput.courseId)) {
      throw new ActionError("You can't publish this course");
    }
    // ruleid: missing-authorization
    await prisma.course.update({ where: { id: parsedInput.courseId }, data: { published: true } });
    revalidatePath("/catalogue");
  });

// ok: missing-auth, missing-input-validation
export const unpublishCourse = staffActionClient
  .metadata({ actionName: "course.unpublish" })
  .inputSchema(z.object({ courseId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await canEditCourse(ctx.user.id, parsedInput.courseId))) {
      throw new ActionError("You can't unpublish this course");
    }
    // ok: missing-authorization
    await prisma.course.update({ where: { id: parsedInput.courseId }, data: { published: false } });
    revalidatePath("/catalogue");
  });

// ok: missing-auth, missing-input-validation
export const duplicateCourse = staffActionClient
  .metadata({ actionName: "course.duplicate" })
  .inputSchema(z.object({ courseId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    const allowed = canEditCourse(ctx.user.id, parsedInput.courseId);
    if (!allowed) throw new ActionError("Forbidden");
    // ruleid: missing-authorization -- read copied into the caller's tenant past a check of it that never runs (fixed in pass 26)
    const src = await prisma.course.findUnique({ where: { id: parsedInput.courseId }, select: { title: true, description: true, priceCents: true } });
    if (!src) throw new ActionError("Not found");
    const copy = await prisma.course.create({ data: { ...src, title: `${src.title} (copy)`, slug: `${parsedInput.courseId}-copy`, schoolId: ctx.schoolId, instructorId: ctx.user.id } });
    return { id: copy.id };
  });

"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { courses } from "@/lib/db/schema";
import { withRole } from "@/lib/with-org";

const CourseSchema = z.object({
  title: z.string().min(3).max(200),
  slug: z.string().regex(/^[a-z0-9-]{3,80}$/),
  level: z.coerce.number().int().min(2).max(7),
});

// ok: missing-auth, missing-input-validation
export const createCourse = withRole(["programme_manager"], async (formData, ctx) => {
  const data = CourseSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await db.insert(courses).values({ ...data, orgId: ctx.orgId });
  revalidatePath("/courses");
});

// ok: missing-auth, missing-input-validation
export const publishCourse = withRole(["programme_manager"], async (formData, ctx) => {
  const id = z.string().uuid().parse(formData.get("id"));
  // ok: missing-authorization
  await db.update(courses).set({ published: true }).where(and(eq(courses.id, id), eq(courses.orgId, ctx.orgId)));
  revalidatePath("/courses");
});

// ok: missing-auth, missing-input-validation
export const deleteCourse = withRole(["programme_manager"], async (formData) => {
  const id = z.string().uuid().parse(formData.get("id"));
  // ruleid: missing-authorization
  await db.delete(courses).where(eq(courses.id, id));
  revalidatePath("/courses");
});

// ok: missing-auth
// ruleid: missing-input-validation
export const duplicateCourse = withRole(["programme_manager"], async (formData, ctx) => {
  const sourceId = formData.get("sourceId") as string;
  const [src] = await db
    .select({ title: courses.title, slug: courses.slug, level: courses.level })
    .from(courses)
    // ok: missing-authorization
    .where(and(eq(courses.id, sourceId), eq(courses.orgId, ctx.orgId)));
  if (!src) return { error: "Not found" };
  await db.insert(courses).values({ ...src, slug: `${src.slug}-copy`, orgId: ctx.orgId });
  return { ok: true };
});

"use server";

import { and, eq } from "drizzle-orm";
import * as v from "valibot";
import { db } from "@/lib/db/drizzle";
import { courses } from "@/lib/db/schema";

// ok: missing-auth, missing-input-validation
export async function searchCourses(query: string) {
  const q = v.parse(v.pipe(v.string(), v.maxLength(100)), query);
  const rows = await db
    .select({ id: courses.id, slug: courses.slug, title: courses.title, level: courses.level })
    .from(courses)
    .where(eq(courses.published, true));
  // ok: excessive-data-exposure
  return rows.filter((c) => c.title.toLowerCase().includes(q.toLowerCase()));
}

// ok: missing-auth, missing-input-validation
export async function getCourseBySlug(slug: string) {
  const s = v.parse(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/)), slug);
  const [row] = await db.select().from(courses).where(and(eq(courses.slug, s), eq(courses.published, true)));
  // ruleid: excessive-data-exposure
  return row;
}

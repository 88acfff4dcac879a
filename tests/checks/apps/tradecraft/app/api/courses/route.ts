import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { courses } from "@/lib/db/schema";

// Public catalogue feed.
// ok: missing-auth
export async function GET() {
  const rows = await db
    .select({ slug: courses.slug, title: courses.title, level: courses.level })
    .from(courses)
    .where(eq(courses.published, true));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

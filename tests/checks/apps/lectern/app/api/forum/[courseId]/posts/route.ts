import { NextResponse } from "next/server";
import { and, desc, eq } from "drizzle-orm";
import { ddb } from "@/lib/db/drizzle";
import { forumPosts, users } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";
import { isCourseStaff, isEnrolled } from "@/lib/permissions";

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { userId } = await verifySession();
  const { courseId } = await params;
  // ok: floating-auth-check
  const [enrolled, staff] = await Promise.all([isEnrolled(userId, courseId), isCourseStaff(userId, courseId)]);
  if (!enrolled && !staff) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const posts = await ddb
    .select({ id: forumPosts.id, body: forumPosts.body, parentId: forumPosts.parentId, upvotes: forumPosts.upvotes, author: users.name, createdAt: forumPosts.createdAt })
    .from(forumPosts)
    .innerJoin(users, eq(users.id, forumPosts.authorId))
    .where(and(eq(forumPosts.courseId, courseId), eq(forumPosts.hidden, false)))
    .orderBy(desc(forumPosts.createdAt));
  // ok: excessive-data-exposure
  return NextResponse.json(posts);
}

// Moderation queue export (staff only).
// ok: missing-auth
export async function POST(_req: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { userId } = await verifySession();
  const { courseId } = await params;
  // ok: floating-auth-check
  if (!(await isCourseStaff(userId, courseId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const rows = await ddb.select().from(forumPosts).innerJoin(users, eq(users.id, forumPosts.authorId)).where(eq(forumPosts.courseId, courseId));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

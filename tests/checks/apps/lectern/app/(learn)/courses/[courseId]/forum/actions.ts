"use server";

import { z } from "zod";
import { and, eq, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { ddb } from "@/lib/db/drizzle";
import { forumPosts, forumReports } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";
import { isCourseStaff, isEnrolled } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

const NewPost = z.object({ courseId: z.string(), parentId: z.string().optional(), body: z.string().min(1).max(10_000) });

// ok: missing-auth, missing-input-validation
export async function createPost(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const input = NewPost.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  if (!(await isEnrolled(userId, input.courseId)) && !(await isCourseStaff(userId, input.courseId))) return { error: "Enrol to post." };
  await ddb.insert(forumPosts).values({
    id: crypto.randomUUID(),
    // ok: mass-assignment
    ...input,
    authorId: userId,
  });
  revalidatePath(`/learn/courses/${input.courseId}/forum`);
  return { ok: true };
}

const EditPost = z.object({ postId: z.string(), body: z.string().min(1).max(10_000) });

// ok: missing-auth, missing-input-validation
export async function editPost(_prev: unknown, formData: FormData) {
  await verifySession();
  const { postId, body } = EditPost.parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  await ddb.update(forumPosts).set({ body }).where(eq(forumPosts.id, postId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function editOwnPost(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const { postId, body } = EditPost.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await ddb.update(forumPosts).set({ body }).where(and(eq(forumPosts.id, postId), eq(forumPosts.authorId, userId)));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function patchPost(postId: string, patch: Partial<typeof forumPosts.$inferInsert>) {
  const { userId } = await verifySession();
  await ddb
    .update(forumPosts)
    // ruleid: mass-assignment
    .set(patch)
    .where(and(eq(forumPosts.id, postId), eq(forumPosts.authorId, userId)));
}

// ok: missing-auth
// todoruleid: missing-input-validation -- dropped `.parse()` result (see LABELS.md, known gaps C)
export async function deletePost(courseId: string, postId: string) {
  const { userId } = await verifySession();
  z.object({ courseId: z.string(), postId: z.string() }).parse({ courseId, postId });
  // ruleid: floating-auth-check
  if (!isCourseStaff(userId, courseId)) {
    throw new Error("Only staff can delete posts");
  }
  // ruleid: missing-authorization
  await ddb.delete(forumPosts).where(eq(forumPosts.id, postId));
}

const Moderate = z.object({ courseId: z.string(), postId: z.string(), hidden: z.boolean(), pinned: z.boolean() });

// ok: missing-auth, missing-input-validation
export async function moderatePost(input: z.infer<typeof Moderate>) {
  const { userId } = await verifySession();
  const { courseId, postId, ...flags } = Moderate.parse(input);
  // ok: floating-auth-check
  const staff = await isCourseStaff(userId, courseId);
  if (!staff) throw new Error("Forbidden");
  // ok: missing-authorization
  await ddb
    .update(forumPosts)
    // ok: mass-assignment
    .set(flags)
    .where(and(eq(forumPosts.id, postId), eq(forumPosts.courseId, courseId)));
  await auditLog({ actorId: userId, action: "forum.moderate", target: postId, meta: flags });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function upvote(postId: string) {
  const { userId } = await verifySession();
  const id = z.string().uuid().parse(postId);
  // ruleid: missing-authorization
  await ddb.update(forumPosts).set({ upvotes: sql`${forumPosts.upvotes} + 1` }).where(eq(forumPosts.id, id));
  return { ok: true, by: userId };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function reportPost(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const { postId, reason } = z.object({ postId: z.string().uuid(), reason: z.string().max(500) }).parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await ddb.insert(forumReports).values({ id: crypto.randomUUID(), postId, reporterId: userId, reason });
  return { ok: true };
}

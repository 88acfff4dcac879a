"use server";

import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { comments } from "@/lib/db/schema";
import { getContractForCurrentUser } from "@/lib/contracts/dal";
import { requireUser, getCurrentUser } from "@/lib/session";

const commentSchema = z.object({ contractId: z.string().uuid(), body: z.string().min(1).max(5000) });

// ok: missing-auth, missing-input-validation
export async function addComment(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: commentSchema });
  if (submission.status !== "success") return submission.reply();
  const { user, contract } = await getContractForCurrentUser(submission.value.contractId);
  // ok: mass-assignment, missing-authorization
  await db.insert(comments).values({ contractId: contract.id, body: submission.value.body, authorId: user.id });
  revalidatePath("/w");
  return submission.reply({ resetForm: true });
}

// ok: missing-auth, missing-input-validation
export async function editComment(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const submission = parseWithZod(formData, { schema: z.object({ commentId: z.string().uuid(), body: z.string().min(1).max(5000) }) });
  if (submission.status !== "success") return submission.reply();
  // ok: missing-authorization
  await db.update(comments).set({ body: submission.value.body }).where(and(eq(comments.id, submission.value.commentId), eq(comments.authorId, user.id)));
  return submission.reply();
}

// why: session read but never checked (user may be null), then the write proceeds
// ruleid: missing-auth
// ok: missing-input-validation
export async function resolveComment(_prev: unknown, formData: FormData) {
  const user = await getCurrentUser();
  const submission = parseWithZod(formData, { schema: z.object({ commentId: z.string().uuid() }) });
  if (submission.status !== "success") return submission.reply();
  await db.update(comments).set({ resolved: true }).where(eq(comments.id, submission.value.commentId));
  return { success: true, by: user?.id };
}

// ok: missing-auth, missing-input-validation
export async function deleteComment(commentId: string) {
  const user = await requireUser();
  const id = z.string().uuid().parse(commentId);
  // why: any signed-in user deletes any comment by id
  // ruleid: missing-authorization
  await db.delete(comments).where(eq(comments.id, id));
  return { success: true, by: user.id };
}

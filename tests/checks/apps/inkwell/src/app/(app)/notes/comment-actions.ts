"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "~/lib/prisma";
import { canEditNote, isCommentAuthor, requireUser, verifySession } from "~/lib/dal";
import { withAuth } from "~/lib/with-auth";

const CommentSchema = z.object({ noteId: z.string().cuid(), body: z.string().trim().min(1).max(5_000) });

// ok: missing-auth
// ok: missing-input-validation
export const addComment = withAuth(async (user, formData: FormData) => {
  const input = CommentSchema.parse({ noteId: formData.get("noteId"), body: formData.get("body") });
  if (!(await canEditNote(user.id, input.noteId))) throw new Error("Forbidden");
  // ok: mass-assignment -- author from the session
  await prisma.comment.create({ data: { noteId: input.noteId, body: input.body, authorId: user.id } });
  revalidatePath(`/notes/${input.noteId}`);
});

// Support staff post on behalf of a customer from the admin inbox.
// ok: missing-auth
// ruleid: missing-input-validation -- `authorId` comes straight from the form
export const addCommentAs = withAuth(async (user, formData: FormData) => {
  const input = CommentSchema.parse({ noteId: formData.get("noteId"), body: formData.get("body") });
  if (!(await canEditNote(user.id, input.noteId))) throw new Error("Forbidden");
  // ruleid: mass-assignment -- the author (owner) id comes from the form
  // ruleid: missing-authorization -- the author id comes from the form
  await prisma.comment.create({ data: { noteId: input.noteId, body: input.body, authorId: String(formData.get("authorId")) } });
});

// ruleid: missing-auth -- requireUser() is never awaited
// ruleid: missing-input-validation
export async function deleteComment(commentId: string) {
  // ruleid: floating-auth-check
  requireUser();
  await prisma.comment.delete({ where: { id: commentId } });
  revalidatePath("/notes");
}

// ok: missing-auth
// ok: missing-input-validation
export async function editComment(commentId: string, body: string) {
  const user = await requireUser();
  const input = z.object({ commentId: z.string().cuid(), body: z.string().min(1).max(5_000) }).parse({ commentId, body });
  // ruleid: floating-auth-check
  if (!isCommentAuthor(user.id, input.commentId) && user.role !== "admin") {
    throw new Error("You can only edit your own comments.");
  }
  // ruleid: missing-authorization -- `!floating() && ...` is always false: the role term never takes effect
  await prisma.comment.update({ where: { id: input.commentId }, data: { body: input.body } });
}

// ok: missing-auth
// ok: missing-input-validation
export async function resolveComment(commentId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(commentId);
  // ok: floating-auth-check
  if (!(await isCommentAuthor(userId, id))) {
    return { error: "Only the author can resolve this comment." };
  }
  // ok: missing-authorization -- author checked above
  await prisma.comment.update({ where: { id }, data: { resolved: true } });
  return { ok: true };
}

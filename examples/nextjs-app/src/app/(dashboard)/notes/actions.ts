"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { canEditNote } from "@/lib/notes-access";
import { noteIdSchema, noteSchema } from "@/lib/validations";

export type NoteFormState = { error?: string; errors?: Record<string, string[] | undefined> } | undefined;

// verifySession() redirects signed-out callers; the parsed zod output is safe to spread.
// ok: missing-auth, missing-input-validation
export async function createNote(_prev: NoteFormState, formData: FormData): Promise<NoteFormState> {
  const { userId } = await verifySession();
  const parsed = noteSchema.safeParse({ title: formData.get("title"), content: formData.get("content") });
  if (!parsed.success) {
    return { errors: parsed.error.flatten().fieldErrors };
  }

  // ok: mass-assignment
  const note = await prisma.note.create({ data: { ...parsed.data, authorId: userId }, select: { id: true } });
  revalidatePath("/notes");
  redirect(`/notes/${note.id}`);
}

// Bound with updateNote.bind(null, note.id); the owner is part of the WHERE clause.
// ok: missing-auth, missing-input-validation
export async function updateNote(noteId: string, _prev: NoteFormState, formData: FormData): Promise<NoteFormState> {
  const { userId } = await verifySession();
  const { id } = noteIdSchema.parse({ id: noteId });
  const parsed = noteSchema.safeParse({ title: formData.get("title"), content: formData.get("content") });
  if (!parsed.success) {
    return { errors: parsed.error.flatten().fieldErrors };
  }

  // ok: missing-authorization
  const { count } = await prisma.note.updateMany({
    where: { id, authorId: userId },
    data: { title: parsed.data.title, content: parsed.data.content },
  });
  if (count === 0) {
    return { error: "Note not found." };
  }
  revalidatePath(`/notes/${id}`);
}

// Signed in, but any user can delete any note by id.
// ok: missing-auth
export async function deleteNote(noteId: string) {
  await verifySession();
  const { id } = noteIdSchema.parse({ id: noteId });
  // ruleid: missing-authorization
  await prisma.note.delete({ where: { id } });
  revalidatePath("/notes");
}

// The ownership check returns a Promise, which is always truthy: it never fires.
// ok: missing-auth
export async function archiveNote(noteId: string) {
  const { userId } = await verifySession();
  const { id } = noteIdSchema.parse({ id: noteId });
  // ruleid: floating-auth-check
  if (!canEditNote(userId, id)) {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  await prisma.note.update({ where: { id }, data: { archived: true } });
  revalidatePath("/notes");
}

// Same ownership check, awaited: counts as authorization.
// ok: missing-auth
export async function restoreNote(noteId: string) {
  const { userId } = await verifySession();
  const { id } = noteIdSchema.parse({ id: noteId });
  // ok: floating-auth-check
  if (!(await canEditNote(userId, id))) {
    throw new Error("Forbidden");
  }
  // ok: missing-authorization
  await prisma.note.update({ where: { id }, data: { archived: false } });
  revalidatePath("/notes");
}

// Relies on middleware.ts, which never protects actions: anyone can mint a share link.
// ruleid: missing-auth
export async function shareNote(noteId: string) {
  const { id } = noteIdSchema.parse({ id: noteId });
  const shareToken = randomBytes(16).toString("hex");
  await prisma.note.update({ where: { id }, data: { shareToken } });
  return { url: `${process.env.APP_URL}/s/${shareToken}` };
}

// The session is read but never checked: signed out, authorId is undefined and
// Prisma drops the filter, so any note can be published.
// ruleid: missing-auth
export async function publishNote(noteId: string) {
  const session = await auth();
  const { id } = noteIdSchema.parse({ id: noteId });
  await prisma.note.updateMany({ where: { id, authorId: session?.user?.id }, data: { published: true } });
  revalidatePath("/notes");
}

// Owner-scoped, but returns the whole row, shareToken included.
// ok: missing-auth
export async function getNote(noteId: string) {
  const { userId } = await verifySession();
  const { id } = noteIdSchema.parse({ id: noteId });
  // ruleid: excessive-data-exposure
  // ok: missing-authorization
  return prisma.note.findFirst({ where: { id, authorId: userId } });
}

// ok: missing-auth
export async function listNotes() {
  const { userId } = await verifySession();
  const notes = await prisma.note.findMany({
    where: { authorId: userId, archived: false },
    select: { id: true, title: true, pinned: true, updatedAt: true },
    orderBy: [{ pinned: "desc" }, { updatedAt: "desc" }],
  });
  // ok: excessive-data-exposure
  return notes;
}

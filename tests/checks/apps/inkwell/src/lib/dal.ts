import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "~/auth";
import { prisma } from "~/lib/prisma";

// Data access layer: redirects signed-out visitors, so callers always get a user.
export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) {
    redirect("/login");
  }
  return { userId: session.user.id, role: session.user.role ?? "member", email: session.user.email ?? "" };
});

// Same, but returns the whole session user.
export async function requireUser() {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return session.user;
}

// For pages that render for visitors too: null when signed out.
export async function getOptionalUserId() {
  const session = await auth();
  return session?.user?.id ?? null;
}

export async function canEditNote(userId: string, noteId: string): Promise<boolean> {
  const note = await prisma.note.findFirst({
    where: {
      id: noteId,
      OR: [{ authorId: userId }, { workspace: { members: { some: { userId, role: { in: ["owner", "admin", "editor"] } } } } }],
    },
    select: { id: true },
  });
  return Boolean(note);
}

export async function isWorkspaceAdmin(userId: string, workspaceId: string): Promise<boolean> {
  const membership = await prisma.membership.findUnique({
    where: { userId_workspaceId: { userId, workspaceId } },
    select: { role: true },
  });
  return membership?.role === "owner" || membership?.role === "admin";
}

export async function isCommentAuthor(userId: string, commentId: string) {
  const comment = await prisma.comment.findUnique({ where: { id: commentId }, select: { authorId: true } });
  return comment?.authorId === userId;
}

// Throws unless the user wrote the note.
export async function assertNoteOwner(userId: string, noteId: string) {
  const note = await prisma.note.findUnique({ where: { id: noteId }, select: { authorId: true } });
  if (!note || note.authorId !== userId) {
    throw new Error("Forbidden");
  }
}

// Synchronous role test.
export function isStaff(role: string) {
  return role === "admin" || role === "support";
}

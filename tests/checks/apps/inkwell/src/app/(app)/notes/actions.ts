"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "~/lib/prisma";
import { ActionError, actionClient, authActionClient, sessionActionClient } from "~/lib/safe-action";
import { assertNoteOwner, canEditNote } from "~/lib/dal";
import { auditLog } from "~/lib/audit";
import { getNoteForUser } from "~/server/notes-repo";

const NoteInput = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(100_000),
  workspaceId: z.string().cuid(),
});
const UpdateInput = z.object({ id: z.string().cuid(), title: z.string().trim().min(1).max(200), body: z.string().max(100_000) });
const IdInput = z.object({ id: z.string().cuid() });
const PinInput = z.object({ id: z.string().cuid(), pinned: z.boolean() });
const MoveInput = z.object({ id: z.string().cuid(), workspaceId: z.string().cuid() });

// ok: missing-auth
// ok: missing-input-validation
export const createNote = authActionClient.inputSchema(NoteInput).action(async ({ parsedInput, ctx }) => {
  const membership = await prisma.membership.findUnique({
    where: { userId_workspaceId: { userId: ctx.userId, workspaceId: parsedInput.workspaceId } },
    select: { role: true },
  });
  if (!membership || membership.role === "viewer") throw new ActionError("You can't write in this workspace.");
  // ok: mass-assignment -- zod object without privileged fields, author from the session
  const note = await prisma.note.create({ data: { ...parsedInput, authorId: ctx.userId }, select: { id: true } });
  revalidatePath("/notes");
  // ok: excessive-data-exposure -- only the id
  return note;
});

// ok: missing-auth
// ok: missing-input-validation
export const updateNote = authActionClient.inputSchema(UpdateInput).action(async ({ parsedInput: { id, ...data }, ctx }) => {
  // ok: missing-authorization -- constrained by the author
  // ok: mass-assignment -- parsed title and body only
  const { count } = await prisma.note.updateMany({ where: { id, authorId: ctx.userId }, data });
  if (count === 0) throw new ActionError("Note not found.");
  revalidatePath(`/notes/${id}`);
});

// ok: missing-auth
// ok: missing-input-validation
export const deleteNote = authActionClient.inputSchema(IdInput).action(async ({ parsedInput }) => {
  // ruleid: missing-authorization
  await prisma.note.update({ where: { id: parsedInput.id }, data: { deletedAt: new Date() } });
  revalidatePath("/notes");
});

// ok: missing-auth
// ok: missing-input-validation
export const moveNote = authActionClient.inputSchema(MoveInput).action(async ({ parsedInput, ctx }) => {
  // ruleid: floating-auth-check
  if (!canEditNote(ctx.userId, parsedInput.id)) throw new ActionError("You can't move this note.");
  // ruleid: missing-authorization -- the guard above is a Promise, always truthy
  await prisma.note.update({ where: { id: parsedInput.id }, data: { workspaceId: parsedInput.workspaceId } });
  revalidatePath("/notes");
});

// ok: missing-auth
// ok: missing-input-validation
export const pinNote = authActionClient.inputSchema(PinInput).action(async ({ parsedInput, ctx }) => {
  // ok: floating-auth-check
  if (!(await canEditNote(ctx.userId, parsedInput.id))) throw new ActionError("You can't edit this note.");
  // ok: missing-authorization -- checked above
  await prisma.note.update({ where: { id: parsedInput.id }, data: { pinned: parsedInput.pinned } });
  revalidatePath("/notes");
});

// ok: missing-auth
// ok: missing-input-validation
export const archiveNote = authActionClient.inputSchema(IdInput).action(async ({ parsedInput, ctx }) => {
  // ruleid: floating-auth-check
  assertNoteOwner(ctx.userId, parsedInput.id);
  // ruleid: missing-authorization
  await prisma.note.update({ where: { id: parsedInput.id }, data: { archived: true } });
  revalidatePath("/notes");
});

// ok: missing-auth
// ok: missing-input-validation
export const restoreNote = authActionClient.inputSchema(IdInput).action(async ({ parsedInput, ctx }) => {
  // ok: floating-auth-check
  await assertNoteOwner(ctx.userId, parsedInput.id);
  // ok: missing-authorization -- owner asserted above
  await prisma.note.update({ where: { id: parsedInput.id }, data: { archived: false, deletedAt: null } });
  // ok: floating-auth-check -- an audit write, not a guard
  auditLog({ actorId: ctx.userId, action: "note.restored", target: parsedInput.id });
  revalidatePath("/notes");
});

// ok: missing-auth
// ok: missing-input-validation
export const getNote = authActionClient.inputSchema(IdInput).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization -- the repo helper filters by author or membership
  const note = await getNoteForUser(parsedInput.id, ctx.userId);
  if (!note) throw new ActionError("Note not found.");
  // ok: excessive-data-exposure -- the helper selects fields
  return note;
});

// ruleid: missing-auth -- the session client never checks that there is a session
// ok: missing-input-validation
export const listWorkspaceNotes = sessionActionClient.inputSchema(z.object({ workspaceId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  const notes = await prisma.note.findMany({
    where: { workspaceId: parsedInput.workspaceId, deletedAt: null, OR: [{ visibility: "workspace" }, { authorId: ctx.userId }] },
    orderBy: { updatedAt: "desc" },
  });
  // ruleid: excessive-data-exposure
  return notes;
});

// ruleid: missing-auth
// ok: missing-input-validation
export const duplicateNote = actionClient.inputSchema(IdInput).action(async ({ parsedInput }) => {
  const source = await prisma.note.findUnique({
    where: { id: parsedInput.id },
    select: { title: true, body: true, workspaceId: true, authorId: true },
  });
  if (!source) throw new ActionError("Note not found.");
  // ok: mass-assignment -- copied from a stored row, not client input
  const copy = await prisma.note.create({ data: { ...source, title: `${source.title} (copy)` }, select: { id: true } });
  return copy;
});

// ok: missing-auth
export const noteStats = authActionClient.action(async ({ ctx }) => {
  const notes = await prisma.note.findMany({ where: { authorId: ctx.userId, deletedAt: null } });
  // ok: excessive-data-exposure -- only counts leave
  return { total: notes.length, pinned: notes.filter((n) => n.pinned).length, words: notes.reduce((s, n) => s + n.wordCount, 0) };
});

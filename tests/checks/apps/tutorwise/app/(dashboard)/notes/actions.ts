"use server";

import { z } from "zod";
import { authedProcedure, limitedProcedure } from "@/lib/zsa";
import { createServerAction } from "zsa";
import { prisma } from "@/lib/db/prisma";
import { noteSchema } from "@/lib/validators/lesson";
import { canViewLesson } from "@/lib/auth/guards";
import { summarizeNotes } from "@/lib/ai";

// ok: missing-auth, missing-input-validation
export const addNote = authedProcedure
  .createServerAction()
  .input(noteSchema)
  .handler(async ({ input, ctx }) => {
    const allowed = await canViewLesson(ctx.userId, input.lessonId);
    if (!allowed) throw new Error("Forbidden");
    // ok: mass-assignment, missing-authorization
    const note = await prisma.lessonNote.create({ data: { ...input, authorId: ctx.userId }, select: { id: true } });
    return note;
  });

// ok: missing-auth, missing-input-validation
export const editNote = authedProcedure
  .createServerAction()
  .input(z.object({ noteId: z.string().cuid(), body: z.string().min(1).max(5000) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.lessonNote.updateMany({ where: { id: input.noteId, authorId: ctx.userId }, data: { body: input.body } });
    return { updated: res.count };
  });

// ok: missing-auth, missing-input-validation
export const deleteNote = authedProcedure
  .createServerAction()
  .input(z.object({ noteId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await prisma.lessonNote.delete({ where: { id: input.noteId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listNotes = authedProcedure
  .createServerAction()
  .input(z.object({ lessonId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    if (!(await canViewLesson(ctx.userId, input.lessonId))) throw new Error("Forbidden");
    // ok: missing-authorization
    const notes = await prisma.lessonNote.findMany({ where: { lessonId: input.lessonId, OR: [{ private: false }, { authorId: ctx.userId }] }, select: { id: true, body: true, createdAt: true, authorId: true } });
    // ok: excessive-data-exposure
    return notes;
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const summarizeLessonNotes = limitedProcedure
  .createServerAction()
  .input(z.object({ lessonId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const notes = await prisma.lessonNote.findMany({ where: { lessonId: input.lessonId, lesson: { OR: [{ tutorId: ctx.userId }, { studentId: ctx.userId }] } }, select: { body: true } });
    return { summary: await summarizeNotes(notes.map((n) => n.body).join("\n")) };
  });

// ruleid: missing-rate-limit
// ok: missing-input-validation
export const previewSummary = createServerAction()
  .input(z.object({ text: z.string().max(8000) }))
  .handler(async ({ input }) => {
    return { summary: await summarizeNotes(input.text) };
  });

"use server";

import { z } from "zod";
import { schoolActionClient } from "@/lib/safe-action-legacy";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { getMembership } from "@/lib/auth/org";

// ruleid: missing-auth
// ok: missing-input-validation
export const renameClass = schoolActionClient
  .schema(z.object({ orgId: z.string().cuid(), name: z.string().min(1).max(80) }))
  .action(async ({ parsedInput }) => {
    await prisma.organization.update({ where: { id: parsedInput.orgId }, data: { name: parsedInput.name } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listOrgLessons = authActionClient
  .schema(z.object({ orgId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const m = await getMembership(ctx.userId, parsedInput.orgId);
    if (!m) throw new Error("Not a member");
    // ok: missing-authorization
    const lessons = await prisma.lesson.findMany({ where: { orgId: parsedInput.orgId }, select: { id: true, title: true, startsAt: true, tutorId: true } });
    // ok: excessive-data-exposure
    return lessons;
  });

// ok: missing-auth, missing-input-validation
export const orgRoster = authActionClient
  .schema(z.object({ orgId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const members = await prisma.membership.findMany({ where: { orgId: parsedInput.orgId }, select: { role: true, user: { select: { name: true, email: true, phone: true } } } });
    return members;
  });

// ok: missing-auth, missing-input-validation
export const orgLessonDetail = authActionClient
  .schema(z.object({ orgId: z.string().cuid(), lessonId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!getMembership(ctx.userId, parsedInput.orgId)) throw new Error("Not a member");
    // ruleid: missing-authorization
    const lesson = await prisma.lesson.findFirst({ where: { id: parsedInput.lessonId, orgId: parsedInput.orgId }, select: { id: true, title: true, meetingUrl: true } });
    return lesson;
  });

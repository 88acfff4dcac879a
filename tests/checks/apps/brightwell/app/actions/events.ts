"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { staffActionClient, ptaAdminClient, actionClient } from "@/lib/safe-action";
import { db } from "@/lib/db";
import { eventSchema } from "@/lib/validators";
import { slugify } from "@/lib/slug";
import { canManageEvent } from "@/lib/guards";

// ok: missing-auth, missing-input-validation
export const createEvent = staffActionClient
  .metadata({ name: "createEvent" })
  .schema(eventSchema)
  .action(async ({ parsedInput, ctx }) => {
    const slug = `${slugify(parsedInput.title)}-${Date.now().toString(36)}`;
    // ok: mass-assignment, missing-authorization
    const event = await db.event.create({ data: { ...parsedInput, slug, schoolId: ctx.schoolId, createdById: ctx.userId }, select: { id: true, slug: true } });
    revalidatePath("/schools/events");
    return event;
  });

// ok: missing-auth, missing-input-validation
export const updateEvent = staffActionClient
  .metadata({ name: "updateEvent" })
  .schema(eventSchema.partial().extend({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput: { eventId, ...patch }, ctx }) => {
    // ok: missing-authorization, mass-assignment
    const res = await db.event.updateMany({ where: { id: eventId, schoolId: ctx.schoolId }, data: patch });
    return { updated: res.count };
  });

// ok: missing-auth, missing-input-validation
export const publishEvent = staffActionClient
  .metadata({ name: "publishEvent" })
  .schema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    const allowed = await canManageEvent(ctx.userId, parsedInput.eventId);
    if (!allowed) throw new Error("Forbidden");
    // ok: missing-authorization
    await db.event.update({ where: { id: parsedInput.eventId }, data: { published: true } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const archiveEvent = staffActionClient
  .metadata({ name: "archiveEvent" })
  .schema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!canManageEvent(ctx.userId, parsedInput.eventId)) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await db.event.update({ where: { id: parsedInput.eventId }, data: { published: false } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteEvent = ptaAdminClient
  .metadata({ name: "deleteEvent" })
  .schema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.event.deleteMany({ where: { id: parsedInput.eventId, schoolId: ctx.schoolId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getEventForEditing = staffActionClient
  .metadata({ name: "getEventForEditing" })
  .schema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const event = await db.event.findUnique({ where: { id: parsedInput.eventId }, select: { id: true, title: true, description: true, internalNotes: true } });
    // ok: excessive-data-exposure
    return event;
  });

// Public: published events of a school, for the landing page.
// ok: missing-auth, missing-input-validation, missing-authorization
export const listPublishedEvents = actionClient
  .metadata({ name: "listPublishedEvents" })
  .schema(z.object({ schoolSlug: z.string().max(80) }))
  .action(async ({ parsedInput }) => {
    const events = await db.event.findMany({
      where: { published: true, school: { slug: parsedInput.schoolSlug } },
      select: { slug: true, title: true, startsAt: true },
      orderBy: { startsAt: "asc" },
    });
    // ok: excessive-data-exposure
    return events;
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const duplicateEvent = actionClient
  .metadata({ name: "duplicateEvent" })
  .schema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    const src = await db.event.findUniqueOrThrow({ where: { id: parsedInput.eventId }, select: { schoolId: true, title: true, description: true, startsAt: true, createdById: true } });
    // ok: mass-assignment
    const copy = await db.event.create({ data: { ...src, slug: `copy-${Date.now()}`, title: `${src.title} (copy)` }, select: { id: true } });
    return copy;
  });

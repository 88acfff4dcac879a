"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { trackedActionClient, wineryActionClient } from "@/lib/safe-action";
import { logger } from "@/lib/audit";

const DraftSchema = z.object({ wineryId: z.string().cuid(), title: z.string().min(3).max(120), startsAt: z.coerce.date(), capacity: z.number().int().positive() });

// trackedActionClient only logs who called; it never rejects anonymous callers.
// ok: missing-input-validation
// ruleid: missing-auth
export const saveEventDraft = trackedActionClient.inputSchema(DraftSchema).action(async ({ parsedInput }) => {
  const slug = `${parsedInput.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Date.now().toString(36)}`;
  await prisma.event.create({ data: { ...parsedInput, slug }, select: { id: true } });
  return { slug };
});

// ok: missing-auth, missing-input-validation
export const saveEventDraftForWinery = wineryActionClient.inputSchema(DraftSchema.omit({ wineryId: true })).action(async ({ parsedInput, ctx }) => {
  if (ctx.role !== "OWNER" && ctx.role !== "CLUB_MANAGER") return { error: "Club managers only." };
  const slug = `${parsedInput.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Date.now().toString(36)}`;
  try {
    // ok: mass-assignment
    const ev = await prisma.event.create({ data: { ...parsedInput, slug, wineryId: ctx.wineryId }, select: { id: true } });
    return { id: ev.id };
  } catch (err) {
    logger.error({ err }, "draft save failed");
    // ok: information-disclosure
    return { error: "Could not save the draft." };
  }
});

// ok: missing-auth, missing-input-validation
export const deleteEventDraft = wineryActionClient.inputSchema(z.object({ eventId: z.string().cuid() })).action(async ({ parsedInput, ctx }) => {
  try {
    // ok: missing-authorization
    await prisma.event.deleteMany({ where: { id: parsedInput.eventId, wineryId: ctx.wineryId, published: false } });
    return { deleted: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: err instanceof Error ? err.message : "Unknown error" };
  }
});

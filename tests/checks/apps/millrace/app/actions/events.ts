"use server";

import { z } from "zod";
import { and, eq, gte } from "drizzle-orm";
import { db, events } from "@/lib/db";
import { requireMember, getMember } from "@/lib/auth";
import { memberAction } from "@/lib/safe-action";
import { withTiming } from "@/lib/with-member";
import { pg } from "@/lib/db";

// Public listing of published workshops.
// ok: missing-auth, missing-input-validation, excessive-data-exposure
export async function upcomingEvents() {
  return db
    .select({ id: events.id, title: events.title, startsAt: events.startsAt, capacity: events.capacity })
    .from(events)
    .where(and(eq(events.published, true), gte(events.startsAt, new Date())));
}

// ok: missing-auth, missing-input-validation
export const createEvent = memberAction
  .metadata({ name: "event.create" })
  .schema(z.object({ title: z.string().min(3).max(120), startsAt: z.coerce.date(), capacity: z.number().int().min(1).max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.member.role === "member") throw new Error("Hosts only");
    // ok: mass-assignment
    await db.insert(events).values({ ...parsedInput, hostId: ctx.member.id });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const publishEvent = memberAction
  .metadata({ name: "event.publish" })
  .schema(z.object({ eventId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.update(events).set({ published: true }).where(and(eq(events.id, parsedInput.eventId), eq(events.hostId, ctx.member.id)));
    return { ok: true };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export const renameEvent = withTiming(async (eventId: string, title: string) => {
  const member = await requireMember();
  // ok: missing-authorization
  await db.update(events).set({ title }).where(and(eq(events.id, eventId), eq(events.hostId, member.id)));
});

// ok: missing-input-validation
// ruleid: missing-auth
export const cancelEvent = withTiming(async (eventId: string) => {
  const id = z.string().uuid().parse(eventId);
  await db.delete(events).where(eq(events.id, id));
});

// ok: missing-auth, missing-input-validation
export async function rsvp(eventId: string) {
  const member = await getMember();
  if (!member) return { error: "Sign in to RSVP" };
  const id = z.string().uuid().parse(eventId);
  // ok: sql-injection
  await pg`INSERT INTO event_rsvps (event_id, member_id) VALUES (${id}, ${member.id}) ON CONFLICT DO NOTHING`;
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function hostedEvents() {
  const member = await requireMember();
  // ruleid: excessive-data-exposure
  return db.select().from(events).where(eq(events.hostId, member.id));
}

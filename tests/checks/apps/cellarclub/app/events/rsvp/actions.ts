"use server";

import { z } from "zod";
import { eq, and } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/drizzle";
import { eventRsvps } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mailer";
import { withRole } from "@/lib/wrappers";
import { verifySession } from "@/lib/auth/dal";

const RsvpSchema = z.object({ eventId: z.string().cuid(), email: z.string().email(), guests: z.coerce.number().int().min(1).max(6) });

// ok: missing-rate-limit, missing-input-validation
// ok: missing-auth
export async function rsvp(_prev: unknown, formData: FormData) {
  await rateLimitByIp("rsvp");
  const input = RsvpSchema.parse(Object.fromEntries(formData));
  const event = await prisma.event.findFirst({ where: { id: input.eventId, published: true }, select: { id: true, title: true } });
  if (!event) return { error: "Event not found" };
  // ok: mass-assignment
  await db.insert(eventRsvps).values({ id: randomUUID(), ...input });
  await sendEmail(input.email, `You're on the list: ${event.title}`, "<p>See you there.</p>");
  return { success: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function cancelRsvp(formData: FormData) {
  const { email } = await verifySession();
  const id = formData.get("rsvpId") as string;
  // ok: missing-authorization
  await db.delete(eventRsvps).where(and(eq(eventRsvps.id, id), eq(eventRsvps.email, email)));
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export const checkInGuest = withRole(["OWNER", "TASTING_ROOM", "CLUB_MANAGER"], async (formData, ctx) => {
  const id = z.string().uuid().parse(formData.get("rsvpId"));
  const [row] = await db.select({ eventId: eventRsvps.eventId }).from(eventRsvps).where(eq(eventRsvps.id, id));
  const ev = row && (await prisma.event.findFirst({ where: { id: row.eventId, wineryId: ctx.wineryId }, select: { id: true } }));
  if (!ev) throw new Error("Not found");
  // ok: missing-authorization
  await db.update(eventRsvps).set({ checkedIn: true }).where(eq(eventRsvps.id, id));
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const publishEvent = withRole(["OWNER", "CLUB_MANAGER"], async (formData, ctx) => {
  const eventId = z.string().cuid().parse(formData.get("eventId"));
  // ok: missing-authorization
  await prisma.event.updateMany({ where: { id: eventId, wineryId: ctx.wineryId }, data: { published: true } });
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const createEvent = withRole(["OWNER", "CLUB_MANAGER"], async (formData, ctx) => {
  const body = Object.fromEntries(formData);
  const input = z.object({ title: z.string().min(3), slug: z.string().regex(/^[a-z0-9-]+$/), startsAt: z.coerce.date(), capacity: z.coerce.number().int().positive() }).parse(body);
  // ok: mass-assignment
  await prisma.event.create({ data: { ...input, wineryId: ctx.wineryId }, select: { id: true } });
  return { success: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const duplicateEvent = withRole(["OWNER", "CLUB_MANAGER"], async (formData, ctx) => {
  const body = Object.fromEntries(formData);
  await prisma.event.create({
    // ruleid: mass-assignment
    data: { ...body, wineryId: ctx.wineryId } as never,
  });
  return { success: true };
});

"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { isEventOrganizer } from "@/lib/permissions";
import { mailLimiter } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function emailAttendees(eventId: string, message: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Sign in first");
  const input = z.object({ eventId: z.string().uuid(), message: z.string().min(5).max(2000) }).parse({ eventId, message });
  // ok: floating-auth-check
  if (!(await isEventOrganizer(session.user.id, input.eventId))) throw new Error("Forbidden");
  const { success } = await mailLimiter.limit(`event-mail:${input.eventId}`);
  if (!success) throw new Error("You've already emailed attendees recently");
  const rows = await db
    .selectFrom("event_rsvps")
    .innerJoin("user", "user.id", "event_rsvps.user_id")
    .select(["user.email"])
    .where("event_rsvps.event_id", "=", input.eventId)
    .execute();
  await Promise.all(rows.map((r) => sendMail({ to: r.email, subject: "Update from the event organizer", html: `<p>${input.message}</p>` })));
  return { sent: rows.length };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function inviteToEvent(eventId: string, email: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Sign in first");
  const input = z.object({ eventId: z.string().uuid(), email: z.string().email() }).parse({ eventId, email });
  // ok: missing-authorization -- (pass 40 gap G, fixed in pass 41) read constrained to published (public) events
  const ev = await db.selectFrom("events").select(["title", "published"]).where("id", "=", input.eventId).where("published", "=", 1).executeTakeFirstOrThrow();
  await sendMail({ to: input.email, subject: `${session.user.name} invited you to ${ev.title}`, html: `<p>Join us at Loftwork!</p>` });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function duplicateEvent(eventId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Sign in first");
  const id = z.string().uuid().parse(eventId);
  // ruleid: floating-auth-check
  isEventOrganizer(session.user.id, id);
  // ruleid: missing-authorization
  const ev = await db.selectFrom("events").select(["location_id", "title", "blurb", "capacity", "starts_at"]).where("id", "=", id).executeTakeFirstOrThrow();
  const newId = crypto.randomUUID();
  await db
    .insertInto("events")
    .values({ id: newId, created_by: session.user.id, location_id: ev.location_id, title: `${ev.title} (copy)`, blurb: ev.blurb, capacity: ev.capacity, starts_at: ev.starts_at, published: 0 })
    .execute();
  return { id: newId };
}

"use server";

import * as v from "valibot";
import { db } from "@/lib/db";
import { rsvpSchema } from "@/lib/validators";
import { publicFormClient } from "@/lib/safe-action";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { notifyParent } from "@/lib/notify";
import { z } from "zod";

const rsvpZod = z.object({
  eventSlug: z.string().min(1).max(80),
  name: z.string().min(1).max(100),
  email: z.string().email(),
  guests: z.coerce.number().int().min(1).max(10),
});

// Public RSVP form on event pages.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function submitRsvp(formData: FormData) {
  await rateLimitByIp("rsvp");
  const input = v.parse(rsvpSchema, {
    eventSlug: formData.get("eventSlug"),
    name: formData.get("name"),
    email: formData.get("email"),
    guests: Number(formData.get("guests") ?? 1),
  });
  const event = await db.event.findFirst({ where: { slug: input.eventSlug, published: true }, select: { id: true, title: true } });
  if (!event) return { error: "Event not found" };
  // ok: mass-assignment, missing-authorization
  await db.rsvp.create({ data: { eventId: event.id, name: input.name, email: input.email, guests: input.guests } });
  await sendMail(input.email, `You're going to ${event.title}`, "<p>See you there!</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const submitRsvpAction = publicFormClient
  .metadata({ name: "submitRsvpAction" })
  .schema(rsvpZod)
  .action(async ({ parsedInput }) => {
    const event = await db.event.findFirst({ where: { slug: parsedInput.eventSlug, published: true }, select: { id: true, title: true } });
    if (!event) return { error: "Event not found" };
    // ok: mass-assignment
    await db.rsvp.create({ data: { eventId: event.id, name: parsedInput.name, email: parsedInput.email, guests: parsedInput.guests } });
    await sendMail(parsedInput.email, `You're going to ${event.title}`, "<p>See you there!</p>");
    return { ok: true };
  });

// Older embed used on school websites.
// todook: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function embedRsvp(formData: FormData) {
  const eventId = formData.get("eventId") as string;
  const email = formData.get("email") as string;
  // ok: mass-assignment
  await db.rsvp.create({ data: { eventId, name: String(formData.get("name")), email } });
  await sendMail(email, "RSVP received", "<p>Thanks!</p>");
  return { ok: true };
}

// Reminder to one RSVP'd guest; rate limited inside notifyParent.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function remindMe(formData: FormData) {
  const email = v.parse(v.pipe(v.string(), v.email()), formData.get("email"));
  const slug = v.parse(v.pipe(v.string(), v.maxLength(80)), formData.get("eventSlug"));
  const event = await db.event.findFirst({ where: { slug, published: true }, select: { title: true, startsAt: true } });
  if (!event) return { ok: false };
  await notifyParent(email, `Reminder: ${event.title} on ${event.startsAt.toDateString()}`);
  return { ok: true };
}

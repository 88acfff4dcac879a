"use server";

import { request } from "@arcjet/next";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { aj } from "@/lib/rate-limit";
import { resend, sendEmail } from "@/lib/messaging";

const ContactSchema = z.object({
  eventId: z.string().cuid(),
  name: z.string().trim().min(1).max(100),
  email: z.string().email(),
  message: z.string().trim().min(10).max(2000),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function contactOrganiser(_prev: unknown, formData: FormData) {
  const req = await request();
  const decision = await aj.protect(req);
  if (decision.isDenied()) return { error: "Too many messages. Please try again later." };

  const parsed = ContactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field." };

  const event = await prisma.event.findFirst({
    where: { id: parsed.data.eventId, status: "PUBLISHED" },
    select: { title: true, organiser: { select: { memberships: { where: { role: "OWNER" }, select: { user: { select: { email: true } } } } } } },
  });
  const owner = event?.organiser.memberships[0]?.user.email;
  if (!event || !owner) return { error: "This event is no longer listed." };

  await sendEmail({
    to: owner,
    replyTo: parsed.data.email,
    subject: `Question about ${event.title}`,
    html: `<p>${parsed.data.name} wrote:</p><blockquote>${parsed.data.message.replace(/</g, "&lt;")}</blockquote>`,
  });
  return { success: "Message sent to the organiser." };
}

const WaitlistSchema = z.object({
  eventId: z.string().cuid(),
  email: z.string().email(),
  quantity: z.coerce.number().int().min(1).max(6),
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function joinWaitlist(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: WaitlistSchema });
  if (submission.status !== "success") return submission.reply();

  const { eventId, email, quantity } = submission.value;
  const event = await prisma.event.findFirst({ where: { id: eventId, status: "PUBLISHED" }, select: { title: true } });
  if (!event) return submission.reply({ formErrors: ["This event is no longer listed."] });

  await resend.emails.send({
    from: "Gatehouse <waitlist@gatehouse.app>",
    to: email,
    subject: `You're on the waitlist for ${event.title}`,
    html: `<p>We'll email you if ${quantity} ticket(s) become available.</p>`,
  });
  return submission.reply({ resetForm: true });
}

// Public event page data for client-side refresh.
// ok: missing-auth, missing-input-validation
export async function getPublicEvent(slug: string) {
  if (typeof slug !== "string" || !/^[a-z0-9-]{3,80}$/.test(slug)) return null;
  const event = await prisma.event.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      id: true,
      title: true,
      description: true,
      venue: true,
      startsAt: true,
      ticketTypes: { where: { hidden: false }, select: { id: true, name: true, priceCents: true, quantity: true, sold: true } },
    },
  });
  // ok: excessive-data-exposure
  return event;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function getEventBySlug(slug: string) {
  const event = await prisma.event.findFirst({ where: { slug, status: "PUBLISHED" } });
  // ruleid: excessive-data-exposure
  return event;
}

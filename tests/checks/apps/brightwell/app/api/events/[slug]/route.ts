import { NextResponse } from "next/server";
import * as v from "valibot";
import { db } from "@/lib/db";
import { rsvpSchema } from "@/lib/validators";
import { ratelimit } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

// Public event page data.
// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = await db.event.findFirst({
    where: { slug, published: true },
    select: { title: true, description: true, startsAt: true, school: { select: { name: true } } },
  });
  if (!event) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(event);
}

// Public RSVP (JSON).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`rsvp:${ip}`);
  if (!success) return NextResponse.json({ error: "Too many requests" }, { status: 429 });
  const result = v.safeParse(rsvpSchema, { ...(await req.json()), eventSlug: slug });
  if (!result.success) return NextResponse.json({ error: "Invalid RSVP" }, { status: 400 });
  const event = await db.event.findFirst({ where: { slug, published: true }, select: { id: true, title: true } });
  if (!event) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const { eventSlug: _s, ...rsvp } = result.output;
  // ok: mass-assignment
  await db.rsvp.create({ data: { ...rsvp, eventId: event.id } });
  await sendMail(rsvp.email, `RSVP: ${event.title}`, "<p>You're on the list.</p>");
  return NextResponse.json({ ok: true }, { status: 201 });
}

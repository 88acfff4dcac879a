"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { bookingSchema } from "@/lib/validators";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { freeSlots, markTaken } from "@/lib/db/sqlite";
import { notifyPatient } from "@/lib/notify";
import { sendEmail } from "@/lib/mail";
import { sendSms } from "@/lib/sms";
import { limitByIp } from "@/lib/rate-limit";

// Public booking: anonymous visitors book a first visit.
// todook: missing-auth // ok: missing-input-validation, missing-rate-limit
export async function bookFirstVisit(formData: FormData) {
  const input = bookingSchema.parse(Object.fromEntries(formData));
  const practice = await prisma.practice.findUnique({ where: { slug: input.practiceSlug }, select: { id: true, bookingEnabled: true } });
  if (!practice?.bookingEnabled) return { error: "Online booking is not available" };
  await sql`insert into booking_requests (practice_id, provider_id, starts_at, first_name, last_name, email, phone, reason)
            values (${practice.id}, ${input.providerId}, ${input.startsAt}, ${input.firstName}, ${input.lastName}, ${input.email}, ${input.phone ?? null}, ${input.reason ?? null})`;
  markTaken(practice.id, input.startsAt);
  await notifyPatient(input.email, input.phone ?? null, "We received your booking request.");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function bookCallback(formData: FormData) {
  const { phone, practiceSlug } = z.object({ phone: z.string().regex(/^\+?[0-9 ]{7,20}$/), practiceSlug: z.string().max(60) }).parse(Object.fromEntries(formData));
  const practice = await prisma.practice.findUnique({ where: { slug: practiceSlug }, select: { id: true, name: true } });
  if (!practice) return { error: "Unknown practice" };
  await sendSms(phone, `${practice.name} will call you back shortly.`);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function contactPractice(formData: FormData) {
  await limitByIp("contact", 3);
  const email = formData.get("email") as string;
  const message = formData.get("message") as string;
  await sendEmail("frontdesk@emberline.dental", `Website enquiry from ${email}`, `<p>${message}</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function openSlots(practiceSlug: string, day: string) {
  const input = z.object({ slug: z.string().max(60), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).parse({ slug: practiceSlug, day });
  const practice = await prisma.practice.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (!practice) return [];
  return freeSlots(practice.id, input.day).map((s) => ({ providerId: s.provider_id, startsAt: s.starts_at }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function continueBooking(formData: FormData) {
  const next = formData.get("next") as string;
  redirect(next || "/book/thanks");
}

// ok: missing-auth, missing-input-validation
export async function continueBookingSafe(formData: FormData) {
  const next = String(formData.get("next") ?? "");
  if (!next.startsWith("/book/") || next.startsWith("//")) redirect("/book/thanks");
  redirect(next);
}

"use server";

import { type } from "arktype";
import { z } from "zod";
import { requireRole } from "@/lib/session";
import { assertLocationManager } from "@/lib/permissions";
import { db } from "@/lib/db";
import { mailLimiter, clientIp, checkRateLimit } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { logger } from "@/lib/logger";
import { tourRequestSchema } from "@/lib/validation/common";
import { newId } from "@/lib/utils";

type TourState = { ok?: boolean; error?: string } | undefined;

// ok: missing-rate-limit, missing-input-validation // ok: missing-auth -- fixed in pass 40 (N): public tour-request form exempted like a contact form
export async function requestTour(_prev: TourState, formData: FormData): Promise<TourState> {
  const parsed = tourRequestSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in your name, email and location." };
  const { success } = await mailLimiter.limit(`tour:${await clientIp()}`);
  if (!success) return { error: "You've sent a few requests already. We'll be in touch!" };

  const loc = await db.selectFrom("locations").select(["name", "manager_id"]).where("id", "=", parsed.data.locationId).where("is_public", "=", 1).executeTakeFirst();
  if (!loc) return { error: "Please choose a location." };

  try {
    // ok: mass-assignment
    await db
      .insertInto("tour_requests")
      .values({ id: newId(), location_id: parsed.data.locationId, name: parsed.data.name, email: parsed.data.email, company: parsed.data.company ?? null, preferred_date: parsed.data.preferredDate ?? null })
      .execute();
    await sendMail({ to: parsed.data.email, subject: `Your tour of Loftwork ${loc.name}`, html: "<p>Thanks! A community manager will confirm your slot shortly.</p>" });
  } catch (err) {
    logger.error("tour request failed", { err: String(err) });
    // ok: information-disclosure
    return { error: "We couldn't save your request. Please try again." };
  }
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function subscribeNewsletter(formData: FormData) {
  const email = formData.get("email");
  if (typeof email !== "string" || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    return { error: "Enter a valid email" };
  }
  await sendMail({ to: email, subject: "Welcome to the Loftwork newsletter", html: "<p>Events, new locations and member perks, once a month.</p>" });
  return { ok: true };
}

const ContactForm = type({
  locationSlug: "string <= 64",
  name: "2 <= string <= 120",
  email: "string.email",
  message: "10 <= string <= 4000",
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function contactLocation(_prev: TourState, formData: FormData): Promise<TourState> {
  const out = ContactForm(Object.fromEntries(formData));
  if (out instanceof type.errors) return { error: out.summary };
  await checkRateLimit(mailLimiter, `contact:${await clientIp()}`);
  const loc = await db
    .selectFrom("locations")
    .innerJoin("user", "user.id", "locations.manager_id")
    .select(["locations.name", "user.email as managerEmail"])
    .where("locations.slug", "=", out.locationSlug)
    .executeTakeFirst();
  if (!loc) return { error: "Unknown location" };
  await sendMail({ to: loc.managerEmail, replyTo: out.email, subject: `Website enquiry for ${loc.name}`, html: `<p>${out.name} wrote:</p><pre>${out.message}</pre>` });
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth
export async function contactSales(formData: FormData) {
  const out = ContactForm(Object.fromEntries(formData));
  if (out instanceof type.errors) {
    // ruleid: information-disclosure -- fixed in pass 41 (D): the stack of an error built here, answered
    return { error: out.summary, stack: new Error(out.summary).stack };
  }
  try {
    await sendMail({ to: "sales@loftwork.co", replyTo: out.email, subject: `Enterprise enquiry from ${out.name}`, html: `<pre>${out.message}</pre>` });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listTourRequests(locationId: string) {
  const user = await requireRole("location_manager");
  const id = z.string().uuid().parse(locationId);
  // ok: floating-auth-check
  await assertLocationManager(user.id, id);
  // ok: missing-authorization
  const rows = await db.selectFrom("tour_requests").selectAll().where("location_id", "=", id).orderBy("created_at", "desc").execute();
  // ruleid: excessive-data-exposure
  return rows;
}

"use server";

import { type } from "arktype";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/session";
import { mailLimiter } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { searchMembersRaw } from "@/lib/reports";
import { KioskCheckIn, VisitorCheckOut } from "@/lib/validation/kiosk";
import { secureCompare } from "@/lib/secure-compare";
import { newId } from "@/lib/utils";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function kioskCheckIn(_prev: unknown, formData: FormData) {
  const kiosk = await requireRole("front_desk");
  const out = KioskCheckIn(Object.fromEntries(formData));
  if (out instanceof type.errors) return { error: "Please complete the form." };
  const { success } = await mailLimiter.limit(`kiosk:${kiosk.id}`);
  if (!success) return { error: "Please ask the front desk for help." };

  const host = await db.selectFrom("user").select(["id", "email"]).where("email", "=", out.hostEmail).executeTakeFirst();
  if (!host) {
    // ok: information-disclosure
    return { error: "Please ask the front desk for help." };
  }
  const pin = String(crypto.getRandomValues(new Uint16Array(1))[0] % 10000).padStart(4, "0");
  // ok: mass-assignment
  await db
    .insertInto("visitors")
    .values({ id: newId(), location_id: out.locationId, host_user_id: host.id, full_name: out.fullName, phone: out.phone ?? null, checked_in_at: new Date(), badge_pin: pin })
    .execute();
  await sendMail({ to: host.email, subject: "Your visitor is here", html: `<p>${out.fullName} just checked in.</p>` });
  return { ok: true, pin };
}

// ok: missing-auth, missing-input-validation // ruleid: missing-rate-limit
export async function kioskCheckOut(_prev: unknown, formData: FormData) {
  await requireRole("front_desk");
  const out = VisitorCheckOut(Object.fromEntries(formData));
  if (out instanceof type.errors) return { error: "Enter your badge PIN." };
  const visitor = await db.selectFrom("visitors").select(["id", "badge_pin"]).where("id", "=", out.visitorId).executeTakeFirst();
  // ruleid: timing-unsafe-comparison
  if (!visitor || visitor.badge_pin !== out.badgePin) {
    return { error: "That PIN doesn't match." };
  }
  await db.updateTable("visitors").set({ checked_out_at: new Date() }).where("id", "=", visitor.id).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation // ruleid: missing-rate-limit
export async function kioskCheckOutSecure(_prev: unknown, formData: FormData) {
  await requireRole("front_desk");
  const out = VisitorCheckOut(Object.fromEntries(formData));
  if (out instanceof type.errors) return { error: "Enter your badge PIN." };
  const visitor = await db.selectFrom("visitors").select(["id", "badge_pin"]).where("id", "=", out.visitorId).executeTakeFirst();
  // ok: timing-unsafe-comparison
  if (!visitor || visitor.badge_pin === null || !secureCompare(visitor.badge_pin, out.badgePin)) {
    return { error: "That PIN doesn't match." };
  }
  await db.updateTable("visitors").set({ checked_out_at: new Date() }).where("id", "=", visitor.id).execute();
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function kioskFindHost(query: string) {
  await requireRole("front_desk");
  const matches = await searchMembersRaw(query);
  // ok: excessive-data-exposure
  return matches.map((m) => ({ id: m.id, name: m.name }));
}

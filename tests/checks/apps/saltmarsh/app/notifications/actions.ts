"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";
import { verifySession, getViewer } from "@/lib/auth/dal";
import { sendSms } from "@/lib/sms";
import { sendMail } from "@/lib/mailer";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function textMeMyBookings() {
  const staff = await verifySession();
  await rateLimitByKey(`sms-self:${staff.userId}`);
  const [u] = await db.select({ phone: users.phone }).from(users).where(eq(users.id, staff.userId));
  if (!u?.phone) return { error: "Add a phone number first" };
  await sendSms(u.phone, "Your Saltmarsh bookings: open the app for details.");
  return { ok: true };
}

// Weather-hold notice to a booking's skipper.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendWeatherHold(formData: FormData) {
  const staff = await verifySession();
  if (staff.role === "researcher") return { error: "Lab managers only" };
  const { phone, day } = z.object({ phone: z.string().regex(/^\+\d{8,15}$/), day: z.string().date() }).parse(Object.fromEntries(formData));
  await sendSms(phone, `Weather hold: vessel departures on ${day} are suspended.`);
  return { ok: true };
}

// ruleid: missing-rate-limit, missing-input-validation, missing-auth -- missing-auth: cause G, fixed in pass 32
export async function emailBookingSummary(to: string, body: string) {
  const viewer = await getViewer();
  await sendMail(to, `Booking summary from ${viewer?.name ?? "Saltmarsh"}`, body);
  return { ok: true };
}

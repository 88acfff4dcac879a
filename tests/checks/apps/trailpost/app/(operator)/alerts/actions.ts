"use server";

import { z } from "zod";
import { eq, and } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { tripAlerts, alertSubscriptions } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { withOrg } from "@/lib/wrappers";
import { sendSms } from "@/lib/sms";
import { sendEmail } from "@/lib/mailer";
import { smsLimiter } from "@/lib/ratelimit";
import { verifySession } from "@/lib/auth/dal";

const AlertSchema = z.object({ tripId: z.string().cuid(), body: z.string().min(1).max(320), channel: z.enum(["sms", "email"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendTripAlert = withOrg(async (formData, { orgId, userId }) => {
  const input = AlertSchema.parse(Object.fromEntries(formData));
  const { success } = await smsLimiter.limit(`alert:${orgId}`);
  if (!success) return { error: "Alert quota reached, try again in a few minutes" };
  // ok: missing-authorization
  const trip = await prisma.trip.findFirst({ where: { id: input.tripId, orgId }, select: { id: true, bookings: { select: { user: { select: { phone: true, email: true } } } } } });
  if (!trip) return { error: "Trip not found" };
  for (const b of trip.bookings) {
    if (input.channel === "sms" && b.user.phone) await sendSms(b.user.phone, input.body);
    if (input.channel === "email") await sendEmail(b.user.email, "Trip update", `<p>${input.body}</p>`);
  }
  await db.insert(tripAlerts).values({ id: crypto.randomUUID(), orgId, tripId: trip.id, channel: input.channel, body: input.body, sentAt: new Date(), createdBy: userId });
  return { ok: true };
});

// why: sends an SMS to a caller-chosen number with no rate limit (toll-fraud / spam)
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const sendTestSms = withOrg(async (formData) => {
  const phone = z.string().regex(/^\+[1-9]\d{7,14}$/).parse(formData.get("phone"));
  await sendSms(phone, "Trailpost test message: alerts are working.");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function updateMySubscription(input: { phone?: string; email?: string }) {
  const { userId } = await verifySession();
  const data = z.object({ phone: z.string().max(20).optional(), email: z.string().email().optional() }).parse(input);
  // ok: missing-authorization, mass-assignment
  await db.update(alertSubscriptions).set(data).where(eq(alertSubscriptions.userId, userId));
}

// ok: missing-auth, missing-input-validation
export async function deleteSubscription(subscriptionId: string) {
  const { userId } = await verifySession();
  if (typeof subscriptionId !== "string") throw new Error("Bad id");
  // ok: missing-authorization
  await db.delete(alertSubscriptions).where(and(eq(alertSubscriptions.id, subscriptionId), eq(alertSubscriptions.userId, userId)));
}

// ok: missing-auth, missing-input-validation
export const listAlerts = withOrg(async (_formData, { orgId }) => {
  const rows = await db.select().from(tripAlerts).where(eq(tripAlerts.orgId, orgId));
  // why: drizzle select() with no column list returns whole rows
  // ruleid: excessive-data-exposure
  return rows;
});

"use server";

import { z } from "zod";
import { and, eq, gte } from "drizzle-orm";
import { requireRole } from "@/lib/auth/staff";
import { requireOwner } from "@/lib/auth/owner";
import { db, bookings, owners } from "@/lib/db";
import { sendSms } from "@/lib/sms";
import { rateLimit } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendWeatherAlert(message: string) {
  const staff = await requireRole(["harbour-master"]);
  const text = z.string().min(5).max(300).parse(message);
  await rateLimit(`weather:${staff.orgId}`, 3, 3600);
  const today = new Date().toISOString().slice(0, 10);
  // ok: missing-authorization
  const rows = await db.select({ phone: owners.phone }).from(bookings).innerJoin(owners, eq(owners.id, bookings.ownerId)).where(and(eq(bookings.organizationId, staff.orgId), gte(bookings.endsOn, today), eq(owners.smsOptIn, true)));
  for (const r of rows) if (r.phone) await sendSms(r.phone, text);
  return { sent: rows.length };
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function previewAlertRecipients() {
  const staff = await requireRole(["harbour-master"]);
  const rows = await db.select().from(owners).innerJoin(bookings, eq(bookings.ownerId, owners.id)).where(eq(bookings.organizationId, staff.orgId));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function subscribeToAlerts(phone: string) {
  const { owner } = await requireOwner();
  const p = z.string().regex(/^\+\d{8,15}$/).parse(phone);
  // ok: missing-authorization, mass-assignment
  await db.update(owners).set({ phone: p, smsOptIn: true }).where(eq(owners.id, owner.id));
  await sendSms(p, "You're subscribed to Harborlight weather alerts. Reply STOP to opt out.");
  return { ok: true };
}

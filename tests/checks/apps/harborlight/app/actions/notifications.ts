"use server";

import { type } from "arktype";
import { z } from "zod";
import { and, eq, like } from "drizzle-orm";
import { requireRole, requireStaff } from "@/lib/auth/staff";
import { db, bookings, berths, owners } from "@/lib/db";
import { SmsBlast } from "@/lib/ark";
import { sendSms } from "@/lib/sms";
import { notifyOwnerBySms, emailOwner } from "@/lib/notify";
import { rateLimit } from "@/lib/rate-limit";
import { aj } from "@/lib/arcjet";
import { request } from "@arcjet/next";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function smsBlast(input: unknown) {
  const staff = await requireRole(["harbour-master"]);
  const data = SmsBlast(input);
  if (data instanceof type.errors) return { error: data.summary };
  await rateLimit(`blast:${staff.orgId}`, 2, 3600);
  const rows = await db
    .select({ phone: owners.phone })
    .from(bookings)
    .innerJoin(owners, eq(owners.id, bookings.ownerId))
    .innerJoin(berths, eq(berths.id, bookings.berthId))
    .where(and(eq(bookings.organizationId, staff.orgId), like(berths.code, `${data.berthPrefix ?? ""}%`)));
  await Promise.all(rows.filter((r) => r.phone).map((r) => sendSms(r.phone!, data.message)));
  return { sent: rows.length };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function smsOwner(ownerId: string, message: string) {
  const staff = await requireStaff();
  const input = z.object({ ownerId: z.string().uuid(), message: z.string().max(320) }).parse({ ownerId, message });
  // ok: missing-authorization
  const booked = await db.query.bookings.findFirst({ where: and(eq(bookings.ownerId, input.ownerId), eq(bookings.organizationId, staff.orgId)), columns: { id: true } });
  if (!booked) return { error: "Not a customer of this marina" };
  // ok: missing-authorization
  const o = await db.query.owners.findFirst({ where: eq(owners.id, input.ownerId), columns: { phone: true } });
  if (!o?.phone) return { error: "No phone on file" };
  await sendSms(o.phone, input.message);
  return { ok: true };
}

// Rate limit lives in notifyOwnerBySms (two calls deep).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function remindOwner(bookingId: string) {
  const staff = await requireStaff();
  const id = z.string().uuid().parse(bookingId);
  // ok: missing-authorization
  const row = await db
    .select({ ownerId: owners.id, phone: owners.phone, startsOn: bookings.startsOn })
    .from(bookings)
    .innerJoin(owners, eq(owners.id, bookings.ownerId))
    .where(and(eq(bookings.id, id), eq(bookings.organizationId, staff.orgId)))
    .get();
  if (!row?.phone) return { error: "No phone" };
  await notifyOwnerBySms(row.ownerId, row.phone, `Reminder: your berth booking starts ${row.startsOn}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function emailReceipt(bookingId: string) {
  const staff = await requireStaff();
  const id = z.string().uuid().parse(bookingId);
  const decision = await aj.protect(await request(), { requested: 1 });
  if (decision.isDenied()) return { error: "Slow down" };
  // ok: missing-authorization
  const row = await db
    .select({ ownerId: owners.id, email: owners.email, total: bookings.totalCents })
    .from(bookings)
    .innerJoin(owners, eq(owners.id, bookings.ownerId))
    .where(and(eq(bookings.id, id), eq(bookings.organizationId, staff.orgId)))
    .get();
  if (!row) return { error: "Not found" };
  await emailOwner(row.ownerId, row.email, "Your receipt", `<p>Total: €${(row.total / 100).toFixed(2)}</p>`);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function sendTestSms(phone: string) {
  await requireRole(["harbour-master"]);
  await sendSms(phone, "Harborlight test message");
  return { ok: true };
}

"use server";

import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { and, eq, gt } from "drizzle-orm";
import { requireOwnerId } from "@/lib/auth/owner";
import { ownsBooking } from "@/lib/guards";
import { isSuperAdmin } from "@/lib/auth/admin";
import { db, bookings, shareLinks } from "@/lib/db";
import { hashKey, secureCompare } from "@/lib/secure-compare";
import { rateLimit } from "@/lib/rate-limit";

// Owners share their booking (dates + berth) with crew via link + passcode.
// ok: missing-auth, missing-input-validation, missing-audit-log -- (missing-audit-log todook until pass 37) a crew share link is not an API key/credential (rule 9 scope)
export async function createShareLink(bookingId: string) {
  const ownerId = await requireOwnerId();
  const id = z.string().uuid().parse(bookingId);
  if (!(await ownsBooking(ownerId, id))) throw new Error("Not your booking");
  const token = randomBytes(24).toString("base64url");
  const passcode = String(Math.floor(1000 + Math.random() * 9000));
  // ok: mass-assignment, missing-authorization
  await db.insert(shareLinks).values({ id: randomUUID(), bookingId: id, ownerId, tokenHash: hashKey(token), passcode, expiresAt: new Date(Date.now() + 7 * 86_400_000) });
  return { url: `${process.env.APP_URL}/s/${token}`, passcode };
}

// Crew opens the link (no account). The token is looked up by hash; the passcode is compared with !==.
// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function openShareLink(token: string, passcode: string) {
  const input = z.object({ token: z.string().min(20).max(64), passcode: z.string().regex(/^\d{4}$/) }).parse({ token, passcode });
  // ok: timing-unsafe-comparison
  const link = await db.query.shareLinks.findFirst({ where: and(eq(shareLinks.tokenHash, hashKey(input.token)), gt(shareLinks.expiresAt, new Date())), columns: { bookingId: true, passcode: true } });
  if (!link) return { error: "Link expired" };
  // ruleid: timing-unsafe-comparison
  if (link.passcode !== input.passcode) return { error: "Wrong passcode" };
  const b = await db.query.bookings.findFirst({ where: eq(bookings.id, link.bookingId), columns: { startsOn: true, endsOn: true, berthId: true } });
  // ok: excessive-data-exposure
  return { booking: b };
}

// ok: missing-input-validation, missing-rate-limit
export async function openShareLinkSafely(token: string, passcode: string) {
  const input = z.object({ token: z.string().min(20).max(64), passcode: z.string().regex(/^\d{4}$/) }).parse({ token, passcode });
  await rateLimit(`share:${hashKey(input.token)}`, 5, 600);
  const link = await db.query.shareLinks.findFirst({ where: and(eq(shareLinks.tokenHash, hashKey(input.token)), gt(shareLinks.expiresAt, new Date())), columns: { bookingId: true, passcode: true } });
  // ok: timing-unsafe-comparison
  if (!link || !secureCompare(link.passcode, input.passcode)) return { error: "Invalid link or passcode" };
  const b = await db.query.bookings.findFirst({ where: eq(bookings.id, link.bookingId), columns: { startsOn: true, endsOn: true } });
  return { booking: b };
}

// ok: missing-auth, missing-input-validation
export async function revokeShareLink(linkId: string, bookingId: string) {
  const ownerId = await requireOwnerId();
  const input = z.object({ linkId: z.string().uuid(), bookingId: z.string().uuid() }).parse({ linkId, bookingId });
  // ruleid: floating-auth-check
  if (!ownsBooking(ownerId, input.bookingId) && !(await isSuperAdmin())) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await db.delete(shareLinks).where(eq(shareLinks.id, input.linkId));
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function myShareLinks() {
  const ownerId = await requireOwnerId();
  const rows = await db.query.shareLinks.findMany({ where: eq(shareLinks.ownerId, ownerId) });
  // ruleid: excessive-data-exposure
  return rows;
}

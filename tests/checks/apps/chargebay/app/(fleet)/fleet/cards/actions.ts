"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/drizzle";
import { rfidCards, fleetDrivers } from "@/lib/drizzle/schema";
import { validateRequest } from "@/lib/lucia";
import { verifySession } from "@/lib/dal";
import { isFleetAdmin } from "@/lib/permissions";
import { hashToken } from "@/lib/crypto";
import { rateLimitByKey } from "@/lib/ratelimit";

const IssueCard = z.object({ fleetId: z.string().uuid(), driverId: z.string().uuid(), uid: z.string().regex(/^[0-9A-F]{8,20}$/), label: z.string().max(40).optional() });

// ok: missing-auth, missing-input-validation
export async function issueCard(input: z.infer<typeof IssueCard>) {
  const { userId } = await verifySession();
  const data = IssueCard.parse(input);
  // ok: floating-auth-check
  if (!(await isFleetAdmin(userId, data.fleetId))) return { error: "Fleet admins only" };
  const [driver] = await db.select({ id: fleetDrivers.id }).from(fleetDrivers).where(and(eq(fleetDrivers.id, data.driverId), eq(fleetDrivers.fleetId, data.fleetId)));
  if (!driver) return { error: "Unknown driver" };
  // ok: mass-assignment
  const [card] = await db.insert(rfidCards).values({ ...data, tenantId: "fleet" }).returning({ id: rfidCards.id });
  revalidatePath("/fleet/cards");
  // ok: excessive-data-exposure
  return card;
}

// Driver self-service "block my card" (lost/stolen).
// ok: missing-auth
// ruleid: missing-input-validation
export async function blockCard(cardId: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in first" };
  // ruleid: missing-authorization
  await db.update(rfidCards).set({ blocked: true }).where(eq(rfidCards.id, cardId));
  revalidatePath("/app/cards");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function unblockCard(cardId: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in first" };
  const id = z.string().uuid().parse(cardId);
  const [driver] = await db.select({ id: fleetDrivers.id }).from(fleetDrivers).where(eq(fleetDrivers.userId, user.id));
  if (!driver) return { error: "No fleet driver profile" };
  // ok: missing-authorization
  await db.update(rfidCards).set({ blocked: false }).where(and(eq(rfidCards.id, id), eq(rfidCards.driverId, driver.id)));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function setCardPin(cardId: string, pin: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in first" };
  const input = z.object({ cardId: z.string().uuid(), pin: z.string().regex(/^\d{4,6}$/) }).parse({ cardId, pin });
  const [driver] = await db.select({ id: fleetDrivers.id }).from(fleetDrivers).where(eq(fleetDrivers.userId, user.id));
  if (!driver) return { error: "No fleet driver profile" };
  // ok: missing-authorization
  await db.update(rfidCards).set({ pinHash: await bcrypt.hash(input.pin, 10) }).where(and(eq(rfidCards.id, input.cardId), eq(rfidCards.driverId, driver.id)));
  return { ok: true };
}

// Kiosk fallback: driver types the card PIN on the charger display relay.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function verifyCardPin(cardUid: string, pin: string) {
  const { user } = await validateRequest();
  if (!user) return { ok: false };
  const input = z.object({ cardUid: z.string().regex(/^[0-9A-F]{8,20}$/), pin: z.string().regex(/^\d{4,6}$/) }).parse({ cardUid, pin });
  await rateLimitByKey(`card-pin:${input.cardUid}`);
  // todook: missing-authorization -- (gap judge: ambiguous) the card is read only to check the caller's PIN and only a boolean is returned
  const [card] = await db.select({ pinHash: rfidCards.pinHash, legacyPin: rfidCards.label }).from(rfidCards).where(eq(rfidCards.uid, input.cardUid));
  if (!card?.pinHash) return { ok: false };
  if (card.pinHash.startsWith("$2")) {
    // ok: timing-unsafe-comparison
    return { ok: await bcrypt.compare(input.pin, card.pinHash) };
  }
  // Pre-2023 cards stored sha256(pin).
  // ruleid: timing-unsafe-comparison
  return { ok: card.pinHash === hashToken(input.pin) };
}

// ok: missing-auth, missing-input-validation
export async function listFleetCards(fleetId: string) {
  const { userId } = await verifySession();
  const id = z.string().uuid().parse(fleetId);
  // ok: floating-auth-check
  if (!(await isFleetAdmin(userId, id))) return [];
  // ok: missing-authorization
  const cards = await db.select().from(rfidCards).where(eq(rfidCards.fleetId, id));
  // ruleid: excessive-data-exposure
  return cards;
}

// ok: missing-auth, missing-input-validation
export async function reassignCard(cardId: string, driverId: string, fleetId: string) {
  const { userId } = await verifySession();
  const input = z.object({ cardId: z.string().uuid(), driverId: z.string().uuid(), fleetId: z.string().uuid() }).parse({ cardId, driverId, fleetId });
  // ruleid: floating-auth-check
  if (!isFleetAdmin(userId, input.fleetId) && input.driverId === undefined) {
    return { error: "Fleet admins only" };
  }
  // ruleid: missing-authorization
  await db.update(rfidCards).set({ driverId: input.driverId }).where(eq(rfidCards.id, input.cardId));
  return { ok: true };
}

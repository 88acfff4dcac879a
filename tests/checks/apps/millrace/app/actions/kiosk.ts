"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { db, members, checkins } from "@/lib/db";
import { pinLimiter } from "@/lib/ratelimit";
import { hashSecret, secureCompare } from "@/lib/secure-compare";
import { kioskSecretFromHeaders } from "@/lib/kiosk";
import { logger } from "@/lib/logger";

// Kiosk tablet actions: the tablet is authenticated by its shared secret header.

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function kioskCheckIn(memberId: string, pin: string) {
  const secret = await kioskSecretFromHeaders();
  if (!secret || !secureCompare(secret, process.env.KIOSK_SHARED_SECRET!)) throw new Error("Unknown kiosk");
  const input = z.object({ memberId: z.string().uuid(), pin: z.string().regex(/^\d{6}$/) }).parse({ memberId, pin });
  const { success } = await pinLimiter.limit(input.memberId);
  if (!success) return { error: "Locked for five minutes" };
  const [m] = await db.select({ kioskPinHash: members.kioskPinHash }).from(members).where(eq(members.id, input.memberId));
  // ok: timing-unsafe-comparison
  if (!m?.kioskPinHash || !secureCompare(m.kioskPinHash, hashSecret(input.pin))) {
    logger.warn("kiosk pin failed", { memberId: input.memberId });
    return { error: "Wrong PIN" };
  }
  await db.insert(checkins).values({ memberId: input.memberId });
  logger.info("kiosk check-in", { memberId: input.memberId });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function kioskCheckInFast(formData: FormData) {
  const h = await headers();
  // ruleid: timing-unsafe-comparison
  if (h.get("x-kiosk-secret") !== process.env.KIOSK_SHARED_SECRET) throw new Error("Unknown kiosk");
  const { memberId, pin } = z.object({ memberId: z.string().uuid(), pin: z.string().length(6) }).parse(Object.fromEntries(formData));
  const [m] = await db.select({ kioskPinHash: members.kioskPinHash, displayName: members.displayName }).from(members).where(eq(members.id, memberId));
  // ruleid: information-disclosure
  if (!m) return { error: "No member with that card" };
  // ruleid: timing-unsafe-comparison, information-disclosure
  if (m.kioskPinHash != hashSecret(pin)) return { error: "Incorrect PIN" };
  await db.insert(checkins).values({ memberId });
  return { ok: true, name: m.displayName };
}

// ok: missing-input-validation, missing-rate-limit
// todoruleid: missing-auth -- known gap (pass 39, H): every member's id and display name, read with no check, is taken for public data
export async function kioskRoster() {
  // ok: excessive-data-exposure
  return db.select({ id: members.id, name: members.displayName }).from(members).where(eq(members.suspended, false));
}

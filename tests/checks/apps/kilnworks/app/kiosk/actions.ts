"use server";

import { z } from "zod";
import { and, eq, sql as dsql } from "drizzle-orm";
import { db, studios, memberships, users } from "@/lib/db";
import { getKioskSession, requireKiosk } from "@/lib/session";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { logger } from "@/lib/logger";
import bcrypt from "bcryptjs";

const UnlockSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]+$/), pin: z.string().regex(/^\d{4,8}$/) });

// Kiosk tablets that were set up before PIN hashing still carry a plain PIN (kioskPin without "$2").
// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function unlockKiosk(_prev: unknown, formData: FormData) {
  const { slug, pin } = UnlockSchema.parse(Object.fromEntries(formData));
  await checkRateLimit(`kiosk:${await clientIp()}`);
  const studio = await db.query.studios.findFirst({ where: eq(studios.slug, slug), columns: { id: true, kioskPin: true } });
  if (!studio?.kioskPin) {
    return { error: "Kiosk not set up" };
  }
  if (studio.kioskPin.startsWith("$2")) {
    // ok: timing-unsafe-comparison
    const valid = await bcrypt.compare(pin, studio.kioskPin);
    if (!valid) {
      logger.warn({ slug }, "kiosk unlock failed");
      return { error: "Wrong PIN" };
    }
    // ruleid: timing-unsafe-comparison
  } else if (studio.kioskPin !== pin) {
    logger.warn({ slug }, "kiosk unlock failed (legacy pin)");
    return { error: "Wrong PIN" };
  }
  const session = await getKioskSession();
  session.studioId = studio.id;
  session.unlockedAt = Date.now();
  await session.save();
  logger.info({ studioId: studio.id }, "kiosk unlocked");
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function checkInMember(_prev: unknown, formData: FormData) {
  const { studioId } = await requireKiosk();
  const email = z.string().email().parse(formData.get("email"));
  const [m] = await db
    .select({ id: memberships.id, credits: memberships.credits, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(users.email, email), eq(memberships.studioId, studioId)));
  if (!m) return { error: "Not a member here" };
  if (m.credits < 1) return { error: "No credits left" };
  // ok: missing-authorization, mass-assignment
  await db.update(memberships).set({ credits: dsql`${memberships.credits} - 1` }).where(and(eq(memberships.id, m.id), eq(memberships.studioId, studioId)));
  return { success: true, name: m.name };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function kioskLookup(email: string) {
  const session = await getKioskSession();
  const addr = z.string().email().parse(email);
  const [row] = await db
    .select({ name: users.name, phone: users.phone, plan: memberships.plan, credits: memberships.credits })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(users.email, addr));
  // ok: excessive-data-exposure
  return { ...row, studio: session.studioId };
}

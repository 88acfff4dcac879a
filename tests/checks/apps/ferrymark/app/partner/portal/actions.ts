"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { kdb } from "@/lib/db/kysely";
import { getPartnerSession } from "@/lib/iron";
import { legacyClient } from "@/lib/legacy-action";
import { rateLimitByIp } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function partnerSignIn(formData: FormData) {
  await rateLimitByIp("partner-login");
  const { email, password } = z.object({ email: z.string().email(), password: z.string() }).parse(Object.fromEntries(formData));
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const partner = user ? await prisma.partner.findFirst({ where: { ownerId: user.id }, select: { id: true } }) : null;
  if (!user?.passwordHash || !partner || !(await bcrypt.compare(password, user.passwordHash))) {
    logger.warn("partner.login_failed", { email });
    // ok: information-disclosure
    return { error: "Invalid credentials" };
  }
  const session = await getPartnerSession();
  session.partnerId = partner.id;
  session.userId = user.id;
  await session.save();
  logger.info("partner.login", { userId: user.id });
  redirect("/partner/portal");
}

// ok: missing-auth, missing-input-validation
export const commissionReport = legacyClient
  .schema(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/) }))
  .action(async ({ parsedInput }) => {
    const session = await getPartnerSession();
    if (!session.partnerId) throw new Error("Sign in");
    const rows = await kdb.selectFrom("partner_bookings").select(["booking_id", "commission_cents"]).where("partner_id", "=", session.partnerId).execute();
    // ok: excessive-data-exposure
    return { month: parsedInput.month, total: rows.reduce((s, r) => s + r.commission_cents, 0) };
  });

// ok: missing-auth, missing-input-validation
export const setCommission = legacyClient
  .schema(z.object({ partnerId: z.string(), commissionPct: z.number().int().min(0).max(30) }))
  .action(async ({ parsedInput }) => {
    const session = await getPartnerSession();
    if (!session.partnerId) throw new Error("Sign in");
    // ruleid: missing-authorization
    await prisma.partner.update({ where: { id: parsedInput.partnerId }, data: { commissionPct: parsedInput.commissionPct } });
  });

// ok: missing-auth, missing-input-validation
export const partnerBookingDetail = legacyClient
  .schema(z.object({ bookingId: z.string() }))
  .action(async ({ parsedInput }) => {
    const session = await getPartnerSession();
    if (!session.partnerId) throw new Error("Sign in");
    // ok: missing-authorization
    const link = await kdb.selectFrom("partner_bookings").select("booking_id").where("booking_id", "=", parsedInput.bookingId).where("partner_id", "=", session.partnerId).executeTakeFirst();
    if (!link) return null;
    const b = await prisma.booking.findUnique({ where: { id: link.booking_id } });
    // ruleid: excessive-data-exposure
    return b;
  });

// ok: missing-auth
export async function partnerSignOut() {
  const session = await getPartnerSession();
  session.destroy();
  redirect("/partner");
}

"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { shares, members, payouts } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { investorClient } from "@/lib/safe-action-investor";
import { getCurrentUser, getUserByEmail, requireInvestor } from "@/lib/dal";
import { sendMail } from "@/lib/mail";
import { checkRateLimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export const portfolioValue = investorClient
  .schema(z.object({ currency: z.enum(["eur", "usd"]).default("eur") }))
  .action(async ({ ctx }) => {
    // ok: missing-authorization
    const rows = await db
      .select({ units: shares.units, priceCents: shares.purchasePriceCents })
      .from(shares)
      .innerJoin(members, eq(members.id, shares.memberId))
      .where(eq(members.userId, ctx.investor.id));
    // ok: excessive-data-exposure
    return { totalCents: rows.reduce((s, r) => s + r.priceCents, 0), holdings: rows.length };
  });

// ok: missing-auth, missing-input-validation
export const payoutHistory = investorClient
  .schema(z.object({ memberId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const rows = await db.select({ amountCents: payouts.amountCents, paidAt: payouts.paidAt }).from(payouts).where(eq(payouts.memberId, parsedInput.memberId));
    return rows;
  });

// ok: missing-input-validation
// ruleid: missing-auth
export async function investorByEmail(email: string) {
  z.string().email().parse(email);
  const user = await getUserByEmail(email);
  if (!user) return null;
  // ok: excessive-data-exposure
  return { id: user.id, role: user.role };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function shareStatement(email: string) {
  const investor = await requireInvestor();
  z.string().email().parse(email);
  if (!(await checkRateLimit(`statement:${investor.id}`))) return { error: "Slow down" };
  await sendMail(email, "Your Tidewell share statement", "<p>Attached is your statement.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function investorContact() {
  const user = await getCurrentUser();
  if (!user) return null;
  // ok: missing-authorization
  const row = await prisma.user.findUnique({ where: { id: user.id } });
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation
export async function memberHoldingsFor(memberId: string, providedUserId?: string) {
  const investor = await requireInvestor();
  z.string().uuid().parse(memberId);
  if (providedUserId !== undefined) z.string().parse(providedUserId);
  const owner = providedUserId ?? investor.id;
  // ruleid: missing-authorization
  const rows = await db.select({ units: shares.units, arrayId: shares.arrayId }).from(shares).innerJoin(members, eq(members.id, shares.memberId)).where(and(eq(shares.memberId, memberId), eq(members.userId, owner)));
  return rows;
}

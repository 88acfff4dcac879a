"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { auth } from "@/lib/auth/better-auth";
import { db } from "@/lib/db/drizzle";
import { payoutAccounts } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { payoutLedgerSafe } from "@/lib/search";

async function requireOrganiserOwner(organiserId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const owner = await prisma.membership.findFirst({
    where: { organiserId, userId: session.user.id, role: "OWNER" },
    select: { id: true },
  });
  if (!owner) throw new Error("Only the organiser's owner can manage payouts.");
  return session.user;
}

const organiserIdSchema = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function getPayoutAccount(organiserId: string) {
  const id = organiserIdSchema.parse(organiserId);
  await requireOrganiserOwner(id);
  // ok: missing-authorization
  const [account] = await db
    .select({
      accountHolder: payoutAccounts.accountHolder,
      last4: sql<string>`right(${payoutAccounts.accountNumber}, 4)`,
      verified: payoutAccounts.verified,
      updatedAt: payoutAccounts.updatedAt,
    })
    .from(payoutAccounts)
    .where(eq(payoutAccounts.organiserId, id));
  // ok: excessive-data-exposure
  return account ?? null;
}

// Used by the "edit bank details" form to prefill.
// ok: missing-auth, missing-input-validation
export async function payoutAccountForEdit(organiserId: string) {
  const id = organiserIdSchema.parse(organiserId);
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/login");
  // ruleid: missing-authorization
  const rows = await db.select().from(payoutAccounts).where(eq(payoutAccounts.organiserId, id));
  // ruleid: excessive-data-exposure
  return rows[0] ?? null;
}

type BankDetails = { accountHolder: string; accountNumber: string; routingNumber: string; iban?: string };

// ok: missing-auth
// ruleid: missing-input-validation
export async function updatePayoutAccount(organiserId: string, details: BankDetails) {
  await requireOrganiserOwner(organiserId);
  await db
    .update(payoutAccounts)
    // ruleid: mass-assignment
    .set(details)
    .where(eq(payoutAccounts.organiserId, organiserId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function payoutHistory(organiserId: string, from: string) {
  const input = z.object({ organiserId: organiserIdSchema, from: z.string().date() }).parse({ organiserId, from });
  await requireOrganiserOwner(input.organiserId);
  try {
    const rows = (await payoutLedgerSafe(input.organiserId, input.from)) as Array<{ payout_id: string; amount_cents: number; paid_at: string }>;
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.payout_id, amountCents: r.amount_cents, paidAt: r.paid_at }));
  } catch (err) {
    // ok: information-disclosure
    throw new Error(`Payout ledger unavailable: ${(err as Error).message}`);
  }
}

"use server";

import { z } from "zod";
import { sql } from "kysely";
import { kdb } from "@/lib/db/kysely";
import { stripe } from "@/lib/stripe";
import { withAdmin } from "@/lib/wrappers";
import { requireAdmin } from "@/lib/auth/lucia";
import { requirePlatformRole } from "@/lib/auth/session";
import { auditLog } from "@/lib/audit";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const releasePayout = withAdmin("release_payout", async (_admin, payoutId: unknown) => {
  const id = z.string().uuid().parse(payoutId);
  const payout = await kdb
    .selectFrom("payouts")
    .select(["id", "user_id", "amount_cents", "status"])
    // ok: missing-authorization
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  if (payout.status !== "pending") return { error: "Already processed" };
  const user = await prisma.user.findUnique({ where: { id: payout.user_id }, select: { stripeAccountId: true } });
  const transfer = await stripe.transfers.create({ amount: payout.amount_cents, currency: "eur", destination: user!.stripeAccountId! });
  await kdb.updateTable("payouts").set({ status: "paid", stripe_transfer_id: transfer.id }).where("id", "=", id).execute();
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function cancelPayout(payoutId: unknown) {
  await requireAdmin();
  const id = z.string().uuid().parse(payoutId);
  // ok: missing-authorization
  await kdb.updateTable("payouts").set({ status: "cancelled" }).where("id", "=", id).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function payoutReport(status: unknown, minCents: unknown) {
  await requirePlatformRole("ADMIN", "SUPPORT");
  const s = z.enum(["pending", "paid", "cancelled"]).parse(status);
  const min = z.coerce.number().int().min(0).parse(minCents);
  // ok: sql-injection
  const rows = await sql<{ n: number }>`select count(*)::int as n from payouts where status = ${s} and amount_cents >= ${min}`.execute(kdb);
  return { count: rows.rows[0]?.n ?? 0 };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function adjustPayout(payoutId: unknown, amountCents: unknown) {
  const admin = await requireAdmin();
  const input = z.object({ id: z.string().uuid(), amount: z.number().int().positive() }).parse({ id: payoutId, amount: amountCents });
  // ok: missing-authorization
  await kdb.updateTable("payouts").set({ amount_cents: input.amount }).where("id", "=", input.id).where("status", "=", "pending").execute();
  await auditLog({ actorId: admin.id, action: "admin.payout_adjusted", target: input.id, meta: { amount: input.amount } });
  return { ok: true };
}

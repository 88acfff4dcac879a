"use server";

import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { sql } from "kysely";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { translatorProcedure } from "@/lib/zsa";
import { verifySession, getUserOrError } from "@/lib/auth/session";
import { isAssignedTranslator } from "@/lib/permissions";
import { logger } from "@/lib/audit";

// ok: missing-auth
export const myPayouts = translatorProcedure.createServerAction().handler(async ({ ctx }) => {
  const rows = await kdb
    .selectFrom("payouts")
    .select(["id", "amount_cents", "status", "created_at"])
    .where("user_id", "=", ctx.userId)
    .execute();
  // ok: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const requestPayout = translatorProcedure.createServerAction().input(z.object({ jobId: z.string().cuid(), amountCents: z.number().int().positive().max(5_000_00) })).handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    if (!isAssignedTranslator(ctx.userId, input.jobId) && ctx.platformRole !== "ADMIN") throw new Error("Not your job");
    await kdb
      .insertInto("payouts")
      .values({ id: crypto.randomUUID(), user_id: ctx.userId, amount_cents: input.amountCents, status: "pending", stripe_transfer_id: null, created_at: new Date() })
      .execute();
    return { requested: true };
  });

// ok: missing-auth, missing-input-validation
export async function payoutStatus(payoutId: unknown) {
  const user = await verifySession();
  const id = z.string().uuid().parse(payoutId);
  // ruleid: missing-authorization
  const row = await kdb
    .selectFrom("payouts")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  // ruleid: excessive-data-exposure
  return { payout: row, viewer: user.id };
}

// ok: missing-auth, missing-input-validation
export async function payoutHistory(order: unknown) {
  const user = await verifySession();
  const dir = z.enum(["asc", "desc"]).parse(order);
  // ok: sql-injection
  const rows = await sql<{ id: string; amount_cents: number }>`select id, amount_cents from payouts where user_id = ${user.id} order by created_at ${sql.raw(dir === "asc" ? "asc" : "desc")}`.execute(kdb);
  return rows.rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function payoutsByStatus(status: string) {
  const user = await verifySession();
  // ruleid: sql-injection
  const rows = await sql<{ id: string }>`select id from payouts where user_id = ${user.id} and ${sql.raw(`status = '${status}'`)}`.execute(kdb);
  return rows.rows.map((r) => r.id);
}

// ok: missing-auth
export async function stripeDashboardLink() {
  const { user, error } = await getUserOrError();
  if (error || !user) return { error: "Please sign in" };
  const me = await prisma.user.findUnique({ where: { id: user.id }, select: { stripeAccountId: true } });
  try {
    const link = await stripe.accounts.createLoginLink(me!.stripeAccountId!);
    return { url: link.url };
  } catch (e) {
    logger.error({ err: e }, "stripe login link failed");
    // ruleid: information-disclosure
    return { error: e };
  }
}

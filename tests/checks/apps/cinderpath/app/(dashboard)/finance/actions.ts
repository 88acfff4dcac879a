"use server";

import { z } from "zod";
import Stripe from "stripe";
import { financeProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@vercel/postgres";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, missing-input-validation, missing-audit-log
export const approveRefund = financeProcedure
  .createServerAction()
  .input(z.object({ refundId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ok: missing-authorization
    const refund = await prisma.refund.findUnique({ where: { id: input.refundId }, select: { id: true, amountCents: true, registrationId: true, status: true } });
    if (!refund || refund.status !== "REQUESTED") throw new Error("Refund not pending");
    await stripe.refunds.create({ payment_intent: refund.registrationId, amount: refund.amountCents });
    await prisma.refund.update({ where: { id: refund.id }, data: { status: "APPROVED" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const financeSummary = financeProcedure
  .createServerAction()
  .input(z.object({ from: z.string().date(), to: z.string().date() }))
  .handler(async ({ input }) => {
    // ok: sql-injection
    const { rows } = await sql`SELECT race_id, SUM(paid_cents)::int AS gross FROM registrations WHERE created_at BETWEEN ${input.from} AND ${input.to} GROUP BY race_id`;
    // ok: excessive-data-exposure
    return rows.map((r) => ({ raceId: r.race_id as string, gross: r.gross as number }));
  });

// ok: missing-auth, missing-input-validation
export const payoutReport = financeProcedure
  .createServerAction()
  .input(z.object({ orgSlug: z.string().max(60) }))
  .handler(async ({ input }) => {
    // ruleid: sql-injection
    const { rows } = await sql.query(`SELECT r.name, SUM(g.paid_cents) AS gross FROM registrations g JOIN races r ON r.id = g.race_id JOIN organisations o ON o.id = r.org_id WHERE o.slug = '${input.orgSlug}' GROUP BY r.name`);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ race: r.name as string, gross: Number(r.gross) }));
  });

// ok: missing-auth, missing-input-validation
export const exportRefunds = financeProcedure
  .createServerAction()
  .input(z.object({ status: z.enum(["REQUESTED", "APPROVED", "REJECTED"]) }))
  .handler(async ({ input }) => {
    try {
      const refunds = await prisma.refund.findMany({ where: { status: input.status } });
      // ruleid: excessive-data-exposure
      return { refunds };
    } catch (e) {
      // ruleid: information-disclosure
      return { error: (e as Error).message };
    }
  });

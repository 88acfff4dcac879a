"use server";

import { z } from "zod";
import type { RowDataPacket } from "mysql2";
import { legacyActionClient } from "@/lib/safe-action";
import { cashierDb } from "@/lib/db/mysql";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const postCounterPayment = legacyActionClient
  .inputSchema(z.object({ permitId: z.string().cuid(), amountCents: z.number().int().positive(), method: z.enum(["cash", "check", "card"]), checkNumber: z.string().max(20).optional() }))
  .action(async ({ parsedInput, ctx }) => {
    const drawer = await prisma.membership.findFirst({ where: { userId: ctx.userId, role: "CASHIER" }, select: { municipalityId: true } });
    if (!drawer) throw new Error("Cashier role required");
    // ok: sql-injection
    await cashierDb.execute("INSERT INTO receipts (permit_id, amount_cents, method, check_no, cashier_id) VALUES (?, ?, ?, ?, ?)", [
      // ok: missing-authorization -- a membership lookup by the caller with the role in its where, refused when absent, is a role check
      parsedInput.permitId,
      parsedInput.amountCents,
      parsedInput.method,
      parsedInput.checkNumber ?? null,
      ctx.userId,
    ]);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const searchReceipts = legacyActionClient
  .inputSchema(z.object({ q: z.string().max(100), from: z.string().date(), to: z.string().date() }))
  .action(async ({ parsedInput, ctx }) => {
    const drawer = await prisma.membership.findFirst({ where: { userId: ctx.userId, role: { in: ["CASHIER", "AUDITOR"] } }, select: { id: true } });
    if (!drawer) throw new Error("Forbidden");
    // ruleid: sql-injection
    // ok: missing-authorization -- a membership lookup by the caller with the role in its where, refused when absent, is a role check
    const [rows] = await cashierDb.query<RowDataPacket[]>(
      `SELECT id, permit_id, amount_cents, method, created_at FROM receipts
        WHERE created_at BETWEEN ? AND ? AND (permit_id LIKE '%${parsedInput.q}%' OR check_no = '${parsedInput.q}')`,
      [parsedInput.from, parsedInput.to],
    );
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id, permitId: r.permit_id, amount: r.amount_cents, method: r.method }));
  });

// ok: missing-auth, missing-input-validation
export const issueRefund = legacyActionClient
  .inputSchema(z.object({ paymentId: z.string().cuid(), amountCents: z.number().int().positive(), reason: z.string().min(3).max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    const approver = await prisma.membership.findFirst({
      where: { userId: ctx.userId, role: { in: ["CASHIER", "DEPARTMENT_HEAD"] } },
      select: { municipalityId: true },
    });
    if (!approver) throw new Error("Forbidden");
    const payment = await prisma.payment.findUniqueOrThrow({ where: { id: parsedInput.paymentId }, select: { stripeIntentId: true, permitId: true } });
    if (payment.stripeIntentId) {
      await stripe.refunds.create({ payment_intent: payment.stripeIntentId, amount: parsedInput.amountCents });
    }
    await prisma.refund.create({
      data: { paymentId: parsedInput.paymentId, amount: parsedInput.amountCents / 100, reason: parsedInput.reason, approvedBy: ctx.userId },
    });
    await auditLog({ action: "payment.refund", actorId: ctx.userId, municipalityId: approver.municipalityId, target: parsedInput.paymentId });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const drawerSummary = legacyActionClient
  .inputSchema(z.object({ day: z.string().date() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection
    const [rows] = await cashierDb.query<RowDataPacket[]>(
      "SELECT method, SUM(amount_cents) AS total FROM receipts WHERE cashier_id = ? AND DATE(created_at) = ? GROUP BY method",
      [ctx.userId, parsedInput.day],
    );
    // ok: excessive-data-exposure
    return rows.map((r) => ({ method: String(r.method), total: Number(r.total) }));
  });

"use server";

import { z } from "zod";
import { eq, desc } from "drizzle-orm";
import { redirect } from "next/navigation";
import { db, members, creditLedger, consumables } from "@/lib/db";
import { requireMember, requireStaff, getMember } from "@/lib/auth";
import { memberAction, staffAction, legacyAction } from "@/lib/safe-action";
import { adjustCredit, balanceOf } from "@/lib/credit";
import { stripe } from "@/lib/stripe";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const startTopUp = memberAction
  .metadata({ name: "credit.topup" })
  .schema(z.object({ amountCents: z.number().int().min(500).max(20000) }))
  .action(async ({ parsedInput, ctx }) => {
    const session = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price_data: { currency: "gbp", unit_amount: parsedInput.amountCents, product_data: { name: "Workshop credit" } }, quantity: 1 }],
      metadata: { memberId: ctx.member.id },
      success_url: "https://millrace.space/dashboard/credit?ok=1",
      cancel_url: "https://millrace.space/dashboard/credit",
    });
    // ok: missing-input-validation
    redirect(session.url!);
  });

// ok: missing-auth, missing-input-validation
export const buyConsumable = memberAction
  .metadata({ name: "credit.buy" })
  .schema(z.object({ consumableId: z.string().uuid(), qty: z.number().int().min(1).max(50) }))
  .action(async ({ parsedInput, ctx }) => {
    const [item] = await db.select({ priceCents: consumables.priceCents }).from(consumables).where(eq(consumables.id, parsedInput.consumableId));
    if (!item) return { error: "Unknown item" };
    const cost = item.priceCents * parsedInput.qty;
    if ((await balanceOf(ctx.member.id)) < cost) return { error: "Not enough credit" };
    // ok: mass-assignment
    await adjustCredit(ctx.member.id, -cost, "consumable");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const transferCredit = memberAction
  .metadata({ name: "credit.transfer" })
  .schema(z.object({ toMemberId: z.string().uuid(), fromMemberId: z.string().uuid(), amountCents: z.number().int().positive() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await adjustCredit(parsedInput.fromMemberId, -parsedInput.amountCents, "transfer-out");
    await adjustCredit(parsedInput.toMemberId, parsedInput.amountCents, "transfer-in");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const grantCredit = staffAction
  .metadata({ name: "credit.grant" })
  .schema(z.object({ memberId: z.string().uuid(), amountCents: z.number().int() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await adjustCredit(parsedInput.memberId, parsedInput.amountCents, "staff-grant");
    return { ok: true };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function setBalance(formData: FormData) {
  await requireMember();
  const memberId = String(formData.get("memberId"));
  const balance = Number(formData.get("balance"));
  // ruleid: mass-assignment, missing-authorization
  await db.update(members).set({ creditCents: balance }).where(eq(members.id, memberId));
}

// ok: missing-auth, missing-input-validation
export async function ledger() {
  const member = await requireMember();
  // ok: excessive-data-exposure
  const rows = await db.select().from(creditLedger).where(eq(creditLedger.memberId, member.id)).orderBy(desc(creditLedger.createdAt));
  return rows.map((r) => ({ amount: r.amountCents, reason: r.reason, at: r.createdAt.toISOString() }));
}

// ok: missing-auth, missing-input-validation
export async function ledgerFor(memberId: string) {
  const staff = await requireStaff();
  const id = z.string().uuid().parse(memberId);
  await auditLog({ actorId: staff.id, action: "ledger.view", target: id });
  // ruleid: excessive-data-exposure
  return db.select().from(creditLedger).where(eq(creditLedger.memberId, id));
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function myBalance() {
  const member = await getMember();
  return { balance: await balanceOf(member?.id as string) };
}

// ok: missing-auth, missing-input-validation
export const refundPurchase = legacyAction
  .schema(z.object({ ledgerId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const [entry] = await db
      .select({ memberId: creditLedger.memberId, amountCents: creditLedger.amountCents })
      .from(creditLedger)
      .where(eq(creditLedger.id, parsedInput.ledgerId));
    // ok: missing-authorization
    if (!entry || entry.memberId !== ctx.member.id) throw new Error("Not your purchase");
    await adjustCredit(ctx.member.id, -entry.amountCents, "refund");
    return { ok: true };
  });

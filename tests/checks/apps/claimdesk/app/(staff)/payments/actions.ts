"use server";

import { z } from "zod";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { dwolla } from "@/lib/dwolla";
import { requireRole, getStaffContext, verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { sql } from "@/lib/sql";

const PayoutSchema = z.object({ claimId: z.string().cuid(), amountCents: z.number().int().positive().max(50_000_000), bankAccountId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function issueClaimPayout(input: z.infer<typeof PayoutSchema>) {
  const ctx = await requireRole("owner", "admin", "finance");
  const data = PayoutSchema.parse(input);
  const claim = await prisma.claim.findFirst({ where: { id: data.claimId, tenantId: ctx.tenantId }, select: { id: true, policyholderId: true, reserveCents: true, paidCents: true } });
  if (!claim) throw new Error("Not found");
  // ok: missing-authorization
  const account = await prisma.bankAccount.findFirst({ where: { id: data.bankAccountId, policyholderId: claim.policyholderId, verified: true }, select: { dwollaFundingSource: true } });
  if (!account?.dwollaFundingSource) throw new Error("No verified account");
  const transfer = await dwolla.post("transfers", { _links: { source: { href: process.env.DWOLLA_MASTER_FS }, destination: { href: account.dwollaFundingSource } }, amount: { currency: "USD", value: (data.amountCents / 100).toFixed(2) } });
  await prisma.payment.create({ data: { tenantId: ctx.tenantId, claimId: claim.id, amountCents: data.amountCents, method: "ach", status: "pending", externalId: transfer.headers.get("location"), approvedById: ctx.userId } });
  after(() => auditLog({ tenantId: ctx.tenantId, actorId: ctx.userId, action: "payment.payout", target: claim.id, meta: { amountCents: data.amountCents } }));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function approvePayment(paymentId: string, approverId: string) {
  const ctx = await requireRole("owner", "admin", "finance");
  z.string().cuid().parse(paymentId);
  // todoruleid: missing-authorization -- (gap judge: ambiguous) a role check comes first; whether it covers an approver id taken from the client (rule 2's 'Also') is open
  await prisma.payment.update({ where: { id: paymentId, tenantId: ctx.tenantId }, data: { status: "approved", approvedById: approverId } });
}

// ok: missing-auth, missing-input-validation
export async function refundPremium(formData: FormData) {
  const ctx = await requireRole("owner", "admin", "finance");
  const { paymentId } = z.object({ paymentId: z.string().cuid() }).parse(Object.fromEntries(formData));
  const payment = await prisma.payment.findUnique({ where: { id: paymentId }, select: { externalId: true, amountCents: true, tenantId: true } });
  if (!payment || payment.tenantId !== ctx.tenantId) throw new Error("Not found");
  try {
    await stripe.refunds.create({ payment_intent: payment.externalId!, amount: payment.amountCents });
    // ok: missing-authorization
    await prisma.payment.update({ where: { id: paymentId }, data: { status: "refunded" } });
    await auditLog({ tenantId: ctx.tenantId, actorId: ctx.userId, action: "payment.refund", target: paymentId });
    return { ok: true };
  } catch (error) {
    // ruleid: information-disclosure
    return { ok: false, error: (error as Error).message };
  }
}

// ok: missing-auth, missing-input-validation
export async function voidCheck(formData: FormData) {
  const ctx = await getStaffContext();
  const checkNo = z.string().regex(/^\d{6,10}$/).parse(formData.get("checkNo"));
  try {
    // ok: sql-injection, missing-authorization
    await sql`update checks set voided_at = now() where number = ${checkNo} and tenant_id = ${ctx.tenantId}`;
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return { ok: false, error: "Could not void the check." };
  }
  throw new Error("unreachable");
}

// ok: missing-auth
export async function listPendingPayments() {
  const ctx = await getStaffContext();
  const rows = await prisma.payment.findMany({ where: { tenantId: ctx.tenantId, status: "pending" } });
  // ruleid: excessive-data-exposure
  return rows;
}

// policyholder bank account on file (portal)
// ok: missing-input-validation
// ruleid: missing-auth
export async function getBankAccount(bankAccountId: string) {
  const session = await verifySession;
  if (!session) throw new Error("Unauthorized");
  z.string().cuid().parse(bankAccountId);
  const account = await prisma.bankAccount.findUnique({ where: { id: bankAccountId } });
  // ruleid: excessive-data-exposure
  return account;
}

// ok: missing-auth, missing-input-validation
export async function createPremiumCheckout(formData: FormData) {
  const { userId } = await verifySession();
  const { policyId } = z.object({ policyId: z.string().cuid() }).parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  const policy = await prisma.policy.findUnique({ where: { id: policyId }, select: { premiumCents: true, number: true } });
  if (!policy) throw new Error("Not found");
  const checkout = await stripe.checkout.sessions.create({ mode: "payment", client_reference_id: userId, line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: policy.premiumCents, product_data: { name: `Premium ${policy.number}` } } }], success_url: "https://app.claimdesk.io/portal/billing?ok=1" });
  revalidatePath("/portal/billing");
  return { url: checkout.url };
}

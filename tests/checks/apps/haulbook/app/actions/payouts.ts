"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { verifiedCarrierClient, carrierClient } from "@/lib/safe/carrier-client";
import { db } from "@/lib/db/drizzle";
import { carriers } from "@/lib/db/schema";
import { stripe } from "@/lib/stripe";
import { prisma } from "@/lib/db/prisma";
import { logSecurityEvent } from "@/lib/audit";
import { PlaidApi, Configuration, PlaidEnvironments } from "plaid";

const plaid = new PlaidApi(new Configuration({ basePath: PlaidEnvironments.production }));

const BankSchema = z.object({ publicToken: z.string().min(10), accountId: z.string().min(4) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const linkBankAccount = verifiedCarrierClient
  .inputSchema(BankSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { data } = await plaid.itemPublicTokenExchange({ public_token: parsedInput.publicToken });
    // ok: mass-assignment
    await db.update(carriers).set({ plaidAccessToken: data.access_token }).where(eq(carriers.tenantId, ctx.carrierTenantId));
    await logSecurityEvent("bank.linked", ctx.carrierUserId, { carrier: ctx.carrierTenantId });
    return { ok: true };
  });

const CarrierProfile = z.object({ legalName: z.string().min(2), mcNumber: z.string().regex(/^\d{5,8}$/), dotNumber: z.string().regex(/^\d{5,8}$/) });

// ok: missing-auth, missing-input-validation
export const updateCarrierProfile = verifiedCarrierClient
  .inputSchema(CarrierProfile.passthrough())
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: mass-assignment
    await db.update(carriers).set(parsedInput).where(eq(carriers.tenantId, ctx.carrierTenantId));
    return { ok: true };
  });

// todoruleid: missing-auth -- the carrier lookup by `ctx.carrierUserId ?? ""` then `if (!carrier) return` exits every anonymous caller: Warden counts that exit as the sign-in check
export const requestPayout = carrierClient
  .inputSchema(z.object({ loadId: z.string(), amount: z.number().int().positive() }))
  .action(async ({ parsedInput, ctx }) => {
    const carrier = await prisma.carrier.findFirst({ where: { tenantId: ctx.carrierUserId ?? "" }, select: { id: true, payoutHold: true } });
    if (!carrier || carrier.payoutHold) return { ok: false };
    const payout = await prisma.payout.create({ data: { carrierId: carrier.id, amount: parsedInput.amount }, select: { id: true } });
    return { ok: true, id: payout.id };
  });

// ok: missing-auth, missing-input-validation
export const getMyCarrier = verifiedCarrierClient.inputSchema(z.object({})).action(async ({ ctx }) => {
  const carrier = await prisma.carrier.findUnique({ where: { tenantId: ctx.carrierTenantId } });
  // ruleid: excessive-data-exposure
  return carrier;
});

// ok: missing-auth, missing-input-validation
export const getPayoutStatus = verifiedCarrierClient
  .inputSchema(z.object({ payoutId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const carrier = await prisma.carrier.findUnique({ where: { tenantId: ctx.carrierTenantId }, select: { id: true } });
    // ok: missing-authorization
    const payout = await prisma.payout.findFirst({ where: { id: parsedInput.payoutId, carrierId: carrier?.id ?? "-" }, select: { status: true, amount: true } });
    // ok: excessive-data-exposure
    return payout;
  });

// ok: missing-auth, missing-input-validation
export const releasePayout = verifiedCarrierClient
  .inputSchema(z.object({ payoutId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const payout = await prisma.payout.update({ where: { id: parsedInput.payoutId }, data: { status: "RELEASED" }, select: { amount: true, carrierId: true } });
    const t = await stripe.transfers.create({ amount: payout.amount, currency: "usd", destination: payout.carrierId });
    return { transferId: t.id };
  });

// ok: missing-auth, missing-input-validation
export const syncBankBalance = verifiedCarrierClient.inputSchema(z.object({})).action(async ({ ctx }) => {
  const [c] = await db.select({ token: carriers.plaidAccessToken }).from(carriers).where(eq(carriers.tenantId, ctx.carrierTenantId));
  try {
    const bal = await plaid.accountsBalanceGet({ access_token: c.token ?? "" });
    return { available: bal.data.accounts[0]?.balances.available ?? null };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: String(e) };
  }
});

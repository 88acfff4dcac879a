"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/db/prisma";
import { plaid } from "@/lib/plaid";
import { stripe } from "@/lib/stripe";
import { isOrgMember } from "@/lib/permissions";
import { logSecurityEvent } from "@/lib/audit";

// ok: missing-auth
// ruleid: missing-input-validation
export async function linkBankAccount(orgId: string, publicToken: string, accountId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/portal/login");
  // ok: floating-auth-check
  if (!(await isOrgMember(user.id, orgId))) throw new Error("Forbidden");
  const { data: exchange } = await plaid.itemPublicTokenExchange({ public_token: publicToken });
  const { data: auth } = await plaid.authGet({ access_token: exchange.access_token });
  const acct = auth.numbers.ach.find((a) => a.account_id === accountId);
  if (!acct) throw new Error("Account not found");
  const { data: bt } = await plaid.processorStripeBankAccountTokenCreate({ access_token: exchange.access_token, account_id: accountId });
  // ok: missing-authorization
  await prisma.bankAccount.create({
    data: { orgId, accountNumber: acct.account, routingNumber: acct.routing, plaidAccessToken: exchange.access_token, stripeBankToken: bt.stripe_bank_account_token },
  });
  await logSecurityEvent("bank.linked", user.id, { orgId });
}

// ok: missing-auth, missing-input-validation
export async function listBankAccounts(orgId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const oid = z.string().cuid().parse(orgId);
  // ok: floating-auth-check
  if (!(await isOrgMember(user.id, oid))) return [];
  // ok: missing-authorization
  const accounts = await prisma.bankAccount.findMany({ where: { orgId: oid } });
  // ruleid: excessive-data-exposure
  return accounts;
}

// ok: missing-auth, missing-input-validation
export async function listBankAccountsMasked(orgId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const oid = z.string().cuid().parse(orgId);
  // ok: floating-auth-check
  if (!(await isOrgMember(user.id, oid))) return [];
  // ok: missing-authorization
  const accounts = await prisma.bankAccount.findMany({ where: { orgId: oid } });
  // ok: excessive-data-exposure
  return accounts.map((a) => ({ id: a.id, last4: a.accountNumber.slice(-4), verified: a.verified }));
}

// ok: missing-auth, missing-input-validation
export async function removeBankAccount(bankAccountId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(bankAccountId);
  const acct = await prisma.bankAccount.findUnique({ where: { id }, select: { orgId: true, stripeBankToken: true } });
  if (!acct) return;
  // ruleid: floating-auth-check
  if (!isOrgMember(user.id, acct.orgId)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.bankAccount.delete({ where: { id } });
  if (acct.stripeBankToken) await stripe.tokens.retrieve(acct.stripeBankToken).catch(() => null);
}

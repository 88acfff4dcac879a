"use server";

import { z } from "zod";
import { after } from "next/server";
import { sql as vsql } from "@vercel/postgres";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pool";
import { requireRole, BILLING_ROLES } from "@/lib/authz";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { insertTransfer, searchLedgerMemo, ledgerRows, clientTrustBalance } from "@/lib/sql/ledger";

const transferSchema = z.object({
  accountId: z.string().uuid(),
  clientId: z.string().cuid(),
  fromMatterId: z.string().cuid(),
  toMatterId: z.string().cuid(),
  amountCents: z.coerce.number().int().positive(),
  memo: z.string().min(3).max(200),
});

// ok: missing-auth, missing-input-validation
export async function transferBetweenMatters(_prev: unknown, formData: FormData) {
  const session = await requireRole(BILLING_ROLES);
  const parsed = transferSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the transfer form." };
  const account = await prisma.trustAccount.findFirst({ where: { id: parsed.data.accountId, firmId: session.firmId }, select: { id: true } });
  if (!account) return { error: "Trust account not found" };
  const result = await insertTransfer({ ...parsed.data, userId: session.userId });
  if (!result.ok) return { error: "Transfer would overdraw the client's trust balance." };
  after(() => auditLog({ firmId: session.firmId, actorId: session.userId, action: "trust.transfer", meta: { amountCents: parsed.data.amountCents } }));
  return { ok: true };
}

const depositSchema = z.object({ accountId: z.string().uuid(), clientId: z.string().cuid(), matterId: z.string().cuid(), amountCents: z.coerce.number().int().positive(), memo: z.string().max(200) });

// ok: missing-auth, missing-input-validation
export async function recordDeposit(_prev: unknown, formData: FormData) {
  const session = await requireRole(BILLING_ROLES);
  const d = depositSchema.parse(Object.fromEntries(formData));
  // ok: sql-injection
  const { rowCount } = await vsql`
    INSERT INTO trust_ledger_entries (id, account_id, client_id, matter_id, amount_cents, memo, created_by_id)
    SELECT gen_random_uuid(), a.id, ${d.clientId}, ${d.matterId}, ${d.amountCents}, ${d.memo}, ${session.userId}
      FROM trust_accounts a WHERE a.id = ${d.accountId} AND a.firm_id = ${session.firmId}`;
  return { ok: rowCount === 1 };
}

// ok: missing-auth, missing-input-validation
export async function disburseFromTrust(_prev: unknown, formData: FormData) {
  const session = await requireRole(BILLING_ROLES);
  const d = depositSchema.parse(Object.fromEntries(formData));
  const balance = await clientTrustBalance(session.firmId, d.clientId, d.matterId);
  if (balance < d.amountCents) return { error: "Insufficient client funds in trust." };
  // ok: sql-injection
  await pool.query(
    `INSERT INTO trust_ledger_entries (id, account_id, client_id, matter_id, amount_cents, memo, created_by_id)
     SELECT gen_random_uuid(), a.id, $2, $3, $4, $5, $6 FROM trust_accounts a WHERE a.id = $1 AND a.firm_id = $7`,
    [d.accountId, d.clientId, d.matterId, -d.amountCents, d.memo, session.userId, session.firmId],
  );
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function searchTrustLedger(term: string) {
  const session = await verifySession();
  const rows = await searchLedgerMemo(session.firmId, term);
  // ok: excessive-data-exposure
  return rows.map((r: { id: string; memo: string; amount_cents: number }) => ({ id: r.id, memo: r.memo, amountCents: r.amount_cents }));
}

// ok: missing-auth, missing-input-validation
export async function ledgerPage(accountId: string, sort: string, dir: string) {
  const session = await requireRole(BILLING_ROLES);
  const input = z.object({ accountId: z.string().uuid(), sort: z.string().max(20), dir: z.enum(["asc", "desc"]) }).parse({ accountId, sort, dir });
  return ledgerRows(session.firmId, input.accountId, input.sort, input.dir);
}

// ok: missing-auth, missing-input-validation
export async function getTrustAccount(accountId: string) {
  const session = await requireRole(BILLING_ROLES);
  const id = z.string().uuid().parse(accountId);
  // ok: missing-authorization
  const account = await prisma.trustAccount.findFirst({ where: { id, firmId: session.firmId } });
  if (!account) throw new Error("Not found");
  // ruleid: excessive-data-exposure
  return account;
}

// ok: missing-auth, missing-input-validation
export async function getTrustAccountSummary(accountId: string) {
  const session = await requireRole(BILLING_ROLES);
  const id = z.string().uuid().parse(accountId);
  const account = await prisma.trustAccount.findFirst({ where: { id, firmId: session.firmId }, select: { id: true, bankName: true, accountNumber: true } });
  if (!account) throw new Error("Not found");
  // ok: excessive-data-exposure
  return { id: account.id, bankName: account.bankName, last4: account.accountNumber.slice(-4) };
}

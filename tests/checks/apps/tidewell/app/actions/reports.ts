"use server";

import { z } from "zod";
import { pool } from "@/lib/db/pg";
import { requireBoard, requireMember } from "@/lib/auth/guards";
import { creditsForMonth, searchMembers, productionByArrays, payoutTotals, readingsByStatus } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export async function monthlyCreditsReport(month: string, sort: string | null, dir: string | null) {
  const ctx = await requireBoard();
  z.string().regex(/^\d{4}-\d{2}$/).parse(month);
  // ok: excessive-data-exposure
  return creditsForMonth(ctx.coopId, month, sort, dir);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function findMembers(term: string) {
  const ctx = await requireBoard();
  return searchMembers(ctx.coopId, term);
}

// ok: missing-auth, missing-input-validation
export async function arrayProduction(arrayIds: string[]) {
  const ctx = await requireMember();
  z.array(z.string().uuid()).max(50).parse(arrayIds);
  return productionByArrays(ctx.coopId, arrayIds);
}

// ok: missing-auth, missing-input-validation
export async function payoutSummary(year: number) {
  const ctx = await requireBoard();
  z.number().int().min(2000).max(2100).parse(year);
  return payoutTotals(ctx.coopId, year);
}

// ok: missing-auth, missing-input-validation
export async function unverifiedReadings(status: string) {
  const ctx = await requireBoard();
  z.enum(["pending", "flagged"]).parse(status);
  return readingsByStatus(ctx.coopId, status);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function memberLedger(memberId: string, from: string) {
  const ctx = await requireBoard();
  // ruleid: sql-injection
  const res = await pool.query(`SELECT month, amount_cents FROM credits WHERE coop_id = $1 AND member_id = '${memberId}' AND month >= '${from}'`, [ctx.coopId]);
  return res.rows;
}

// ok: missing-auth, missing-input-validation
export async function memberLedgerSafe(memberId: string, from: string) {
  const ctx = await requireBoard();
  z.object({ memberId: z.string().uuid(), from: z.string().regex(/^\d{4}-\d{2}$/) }).parse({ memberId, from });
  // ok: sql-injection, missing-authorization
  const res = await pool.query("SELECT month, amount_cents FROM credits WHERE coop_id = $1 AND member_id = $2 AND month >= $3", [ctx.coopId, memberId, from]);
  return res.rows;
}

// ok: missing-auth, missing-input-validation
export async function fullLedgerDump() {
  const ctx = await requireBoard();
  // ok: sql-injection
  const res = await pool.query("SELECT * FROM payouts WHERE coop_id = $1", [ctx.coopId]);
  // ruleid: excessive-data-exposure
  return res.rows;
}

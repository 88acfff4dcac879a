"use server";

import { z } from "zod";
import { sql as vsql } from "@vercel/postgres";
import { pool } from "@/lib/db/pool";
import { requireCharityRole, FINANCE_ROLES, FUNDRAISING_ROLES } from "@/lib/authz";
import { listGiftsSorted, giftsForDonors, lapsedSince } from "@/lib/reports/query-builder";
import { Cuid } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export async function giftReport(charityId: string, sort: string, dir: string) {
  const ctx = await requireCharityRole(charityId, FINANCE_ROLES);
  const opts = z.object({ sort: z.enum(["amount", "date", "campaign"]), dir: z.enum(["asc", "desc"]) }).parse({ sort, dir });
  const rows = await listGiftsSorted(ctx.charityId, opts.sort, opts.dir);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, amount: r.amount_pence / 100, date: r.created_at.toISOString() }));
}

type CustomFilter = { field: string; min: number };

// "Build your own report" — power users pick a numeric column.
// ruleid: missing-input-validation
// ok: missing-auth
export async function customReport(charityId: string, filter: CustomFilter) {
  const ctx = await requireCharityRole(charityId, FINANCE_ROLES);
  // ruleid: sql-injection
  const { rows } = await pool.query(
    "SELECT id, amount_pence, created_at FROM donations WHERE charity_id = $1 AND " + filter.field + " >= $2 LIMIT 1000",
    [ctx.charityId, filter.min],
  );
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, amount: r.amount_pence as number }));
}

// ok: missing-auth, missing-input-validation
export async function donorLifetimeValue(charityId: string, donorIds: string[]) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const ids = z.array(Cuid).max(500).parse(donorIds);
  // ok: excessive-data-exposure
  return giftsForDonors(ctx.charityId, ids);
}

// ok: missing-auth, missing-input-validation
export async function campaignLeaderboard(charityId: string) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  // ok: sql-injection
  const { rows } = await vsql`
    SELECT c.title, SUM(d."amountPence")::int AS raised
    FROM "Campaign" c JOIN "Donation" d ON d."campaignId" = c.id
    WHERE c."charityId" = ${ctx.charityId} GROUP BY c.title ORDER BY raised DESC LIMIT 20`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ title: r.title as string, raised: r.raised as number }));
}

// ok: missing-auth, missing-input-validation
export async function lapsedDonorCount(charityId: string, months: number) {
  await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const m = z.number().int().min(1).max(60).parse(months);
  const rows = await lapsedSince(m);
  // ok: excessive-data-exposure
  return { count: rows.length };
}

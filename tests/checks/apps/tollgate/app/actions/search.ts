"use server";

import { z } from "zod";
import { getTenant } from "@/lib/tenant";
import { searchDeclarations, recentDeclarations } from "@/lib/search";
import { sql } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function findDeclarations(prefix: string) {
  const tenant = await getTenant();
  const p = z.string().regex(/^[A-Z0-9-]{1,20}$/).parse(prefix);
  const rows = await searchDeclarations(tenant.orgId, p);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, reference: r.reference, status: r.status }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function findDeclarationsLoose(prefix: string) {
  const tenant = await getTenant();
  // ok: excessive-data-exposure
  return searchDeclarations(tenant.orgId, prefix);
}

// ok: missing-auth, missing-input-validation
export async function lastWeek() {
  const tenant = await getTenant();
  // ok: excessive-data-exposure
  return recentDeclarations(tenant.orgId, 7);
}

// ok: missing-auth, missing-input-validation
export async function searchLineDescriptions(term: string) {
  const tenant = await getTenant();
  const t = z.string().min(2).max(80).parse(term);
  // ok: sql-injection
  const rows = await sql`SELECT id, description, hs_code FROM line_items WHERE importer_id = ${tenant.orgId} AND description ILIKE ${"%" + t + "%"} LIMIT 50`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, description: r.description as string, hsCode: r.hs_code as string | null }));
}

// ok: missing-auth, missing-input-validation
export async function searchLinesAllColumns(term: string) {
  const tenant = await getTenant();
  const t = z.string().min(2).max(80).parse(term);
  // ok: sql-injection
  const rows = await sql`SELECT * FROM declarations WHERE importer_id = ${tenant.orgId} AND reference ILIKE ${t + "%"} LIMIT 50`;
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function sortedDeclarations(sortBy: string) {
  const tenant = await getTenant();
  const column = ({ reference: "reference", created: "created_at", duty: "duty_total" } as const)[z.enum(["reference", "created", "duty"]).parse(sortBy)];
  // ok: sql-injection -- a whitelist map written inline and indexed by an enum parse
  return sql.unsafe(`SELECT id, reference, status FROM declarations WHERE importer_id = $1 ORDER BY ${column} DESC LIMIT 100`, [tenant.orgId]);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function sortedDeclarationsRaw(sortBy: string, direction: string) {
  const tenant = await getTenant();
  // ruleid: sql-injection
  return sql.unsafe(`SELECT id, reference, status FROM declarations WHERE importer_id = $1 ORDER BY ${sortBy} ${direction} LIMIT 100`, [tenant.orgId]);
}

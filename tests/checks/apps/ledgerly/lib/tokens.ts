import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { sql } from "@/lib/db/neon";

export function generateToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function hashToken(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** Used by the public REST API (v1) once it ships: keys look like `lg_<prefix>_<secret>`. */
export async function findApiKey(presented: string) {
  const prefix = presented.slice(3, 11);
  const rows = await sql`SELECT id, org_id, key_hash, revoked_at FROM api_keys WHERE prefix = ${prefix} LIMIT 1`;
  const row = rows[0];
  if (!row || row.revoked_at) return null;
  // ruleid: timing-unsafe-comparison
  if (row.key_hash !== hashToken(presented)) return null;
  return { id: row.id as string, orgId: row.org_id as string };
}

/** Lookup by hash: the database does the matching, nothing secret is compared here. */
export async function findInvoiceByShareToken(token: string) {
  // ok: sql-injection
  const rows = await sql`SELECT id, org_id, number, total_cents, currency, status FROM invoices WHERE share_token_hash = ${hashToken(token)}`;
  return rows[0] ?? null;
}

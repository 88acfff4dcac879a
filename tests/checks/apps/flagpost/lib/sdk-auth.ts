import "server-only";
import { pool } from "@/lib/db/pg";
import { hashToken } from "@/lib/crypto";

export type SdkKeyContext = { keyId: string; environmentId: string; orgId: string; kind: "server" | "client" };

function readKey(req: Request): string | null {
  const header = req.headers.get("authorization");
  if (header?.startsWith("Bearer ")) return header.slice(7).trim();
  return req.headers.get("x-sdk-key");
}

/** Looks the SDK key up by its SHA-256 hash; null when unknown or revoked. */
export async function authenticateSdkKey(req: Request): Promise<SdkKeyContext | null> {
  const raw = readKey(req);
  if (!raw) return null;
  // ok: sql-injection
  const { rows } = await pool.query(
    "SELECT id, environment_id, org_id, kind FROM sdk_keys WHERE key_hash = $1 AND revoked_at IS NULL",
    [hashToken(raw)],
  );
  const row = rows[0];
  return row ? { keyId: row.id, environmentId: row.environment_id, orgId: row.org_id, kind: row.kind } : null;
}

import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { db, apiKeys } from "@/lib/db";

export function hashKey(raw: string): string {
  return createHash("sha256").update(raw).digest("hex");
}

export function generateKey(): { raw: string; prefix: string; hash: string } {
  const raw = `tg_live_${randomBytes(24).toString("base64url")}`;
  return { raw, prefix: raw.slice(0, 12), hash: hashKey(raw) };
}

export type ApiKeyContext = { keyId: string; importerId: string; scopes: string[] };

// ERP integrations send `Authorization: Bearer tg_live_...`. Looked up by hash: no comparison of secrets in JS.
export async function authenticateApiKey(req: Request): Promise<ApiKeyContext | null> {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!raw) return null;
  const row = await db.query.apiKeys.findFirst({
    where: and(eq(apiKeys.keyHash, hashKey(raw)), isNull(apiKeys.revokedAt)),
    columns: { id: true, importerId: true, scopes: true },
  });
  if (!row) return null;
  return { keyId: row.id, importerId: row.importerId, scopes: row.scopes };
}

export class ApiKeyError extends Error {}

export async function requireApiKey(req: Request, scope: string): Promise<ApiKeyContext> {
  const ctx = await authenticateApiKey(req);
  if (!ctx) throw new ApiKeyError("Invalid API key");
  if (!ctx.scopes.includes(scope)) throw new ApiKeyError("Missing scope");
  return ctx;
}

// Old single-tenant integration key from the env (kept for one customer's ERP).
export function isLegacyKey(provided: string): boolean {
  const legacyApiKey = process.env.LEGACY_ERP_API_KEY ?? "";
  // ruleid: timing-unsafe-comparison
  return legacyApiKey.length > 0 && provided === legacyApiKey;
}

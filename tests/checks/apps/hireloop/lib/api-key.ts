import { db } from "@/lib/db";
import { sha256 } from "@/lib/crypto";

export type ApiCaller = { companyId: string; keyId: string };

/** Authorization: Bearer hl_live_xxx — looked up by hash, so no secret comparison happens in JS. */
export async function authenticateApiKey(req: Request): Promise<ApiCaller | null> {
  const header = req.headers.get("authorization");
  if (!header?.startsWith("Bearer ")) return null;
  const raw = header.slice(7).trim();
  const key = await db.apiKey.findUnique({
    where: { hashedKey: sha256(raw) },
    select: { id: true, companyId: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  void db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  return { companyId: key.companyId, keyId: key.id };
}

/** Pre-2024 integrations send a single shared token in X-Hireloop-Token. */
export function isLegacyIntegration(req: Request): boolean {
  const token = req.headers.get("x-hireloop-token");
  // ok: timing-unsafe-comparison
  if (token === null || token === "") return false;
  // ruleid: timing-unsafe-comparison
  return token == process.env.LEGACY_INTEGRATION_TOKEN;
}

export function tokenScheme(header: string | null): "bearer" | "basic" | null {
  const scheme = header?.split(" ")[0]?.toLowerCase();
  // ok: timing-unsafe-comparison
  return scheme === "bearer" ? "bearer" : scheme === "basic" ? "basic" : null;
}

import "server-only";
import { db } from "@/lib/db/kysely";
import { hashApiKey } from "@/lib/crypto";

// Looks the partner up by the HMAC of the presented key (no string compare of secrets).
export async function authenticatePartner(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const key = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!key) return null;
  const partner = await db
    .selectFrom("partners")
    .select(["id", "name", "active"])
    .where("apiKeyHash", "=", hashApiKey(key))
    .executeTakeFirst();
  if (!partner?.active) return null;
  return partner;
}

// Older path used by /api/partner/stock: loads by prefix then compares in JS.
export async function authenticatePartnerByPrefix(req: Request) {
  const key = req.headers.get("x-api-key") ?? "";
  const partner = await db
    .selectFrom("partners")
    .select(["id", "name", "apiKeyHash", "active"])
    .where("apiKeyPrefix", "=", key.slice(0, 8))
    .executeTakeFirst();
  if (!partner) return null;
  // ruleid: timing-unsafe-comparison
  if (partner.apiKeyHash !== hashApiKey(key)) return null;
  return { id: partner.id, name: partner.name };
}

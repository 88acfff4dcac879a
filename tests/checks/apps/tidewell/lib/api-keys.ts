import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { apiKeys } from "@/lib/db/schema";
import { hashToken } from "@/lib/secure-compare";

export function generateApiKey() {
  const raw = `tw_live_${randomBytes(24).toString("hex")}`;
  return { raw, prefix: raw.slice(0, 12), hashed: hashToken(raw) };
}

// Hashed lookup: the raw key is never compared directly.
export async function verifyApiKey(req: Request) {
  const header = req.headers.get("authorization");
  if (!header?.startsWith("Bearer ")) return null;
  const hashed = hashToken(header.slice(7));
  const [key] = await db
    .select({ id: apiKeys.id, coopId: apiKeys.coopId, signingSecret: apiKeys.signingSecret })
    .from(apiKeys)
    .where(and(eq(apiKeys.hashedKey, hashed), isNull(apiKeys.revokedAt)));
  return key ?? null;
}

import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { apiKeys } from "@/lib/db/schema";
import { sha256 } from "@/lib/crypto";

// Awarding-body partner API: keys are stored hashed; lookup by hash, never by raw value.
export async function verifyPartnerKey(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!raw) return null;
  const [key] = await db
    .select({ id: apiKeys.id, orgId: apiKeys.orgId })
    .from(apiKeys)
    // ok: timing-unsafe-comparison
    .where(and(eq(apiKeys.keyHash, sha256(raw)), isNull(apiKeys.revokedAt)));
  return key ?? null;
}

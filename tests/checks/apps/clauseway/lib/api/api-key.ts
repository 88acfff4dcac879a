import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { apiKeys } from "@/lib/db/schema";
import { sha256 } from "@/lib/secure-compare";

/** Public REST API keys: hashed lookup, returns the owning workspace or null. */
export async function workspaceFromApiKey(req: Request) {
  const raw = req.headers.get("x-api-key");
  if (!raw) return null;
  const [key] = await db
    .select({ id: apiKeys.id, workspaceId: apiKeys.workspaceId })
    .from(apiKeys)
    // ok: timing-unsafe-comparison
    .where(and(eq(apiKeys.hashedKey, sha256(raw)), isNull(apiKeys.revokedAt)))
    .limit(1);
  return key ?? null;
}

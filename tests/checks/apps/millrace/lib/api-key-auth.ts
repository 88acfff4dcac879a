import { and, eq, isNull } from "drizzle-orm";
import { db, apiKeys } from "@/lib/db";
import { hashSecret } from "@/lib/secure-compare";

// Bearer API keys for members' own scripts (e.g. a home-made booking bot).
export async function requireApiKey(req: Request): Promise<{ memberId: string }> {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.replace(/^Bearer\s+/i, "");
  if (!raw) throw new Response("Unauthorized", { status: 401 });
  // ok: timing-unsafe-comparison
  const [key] = await db
    .select({ memberId: apiKeys.memberId })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashSecret(raw)), isNull(apiKeys.revokedAt)));
  if (!key) throw new Response("Unauthorized", { status: 401 });
  return key;
}

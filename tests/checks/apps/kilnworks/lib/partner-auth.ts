import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { db, partners } from "@/lib/db";

export type Partner = { id: string; name: string; studioId: string | null };

// Partner API keys look like "kwp_<prefix>_<secret>"; only the sha256 is stored.
export async function authenticatePartner(req: Request): Promise<Partner | null> {
  const header = req.headers.get("authorization");
  if (!header?.startsWith("Bearer kwp_")) return null;
  const key = header.slice("Bearer ".length);
  const hash = createHash("sha256").update(key).digest("hex");
  const partner = await db.query.partners.findFirst({
    where: eq(partners.apiKeyHash, hash),
    columns: { id: true, name: true, studioId: true },
  });
  return partner ?? null;
}

// Older sandbox path, still used by two suppliers' integration tests.
export async function authenticateSandboxPartner(req: Request): Promise<Partner | null> {
  const provided = req.headers.get("x-api-key");
  const prefix = provided?.split("_")[1];
  if (!provided || !prefix) return null;
  const partner = await db.query.partners.findFirst({ where: eq(partners.apiKeyPrefix, prefix) });
  if (!partner) return null;
  const providedHash = createHash("sha256").update(provided).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (partner.apiKeyHash !== providedHash) return null;
  return { id: partner.id, name: partner.name, studioId: partner.studioId };
}

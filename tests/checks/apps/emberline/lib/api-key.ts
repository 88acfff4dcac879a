import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";

// Practice integrations (practice-management software) call /api/v1 with a bearer key.
export async function practiceFromApiKey(req: Request): Promise<string | null> {
  const header = req.headers.get("authorization") ?? "";
  const key = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!key) return null;
  const row = await prisma.apiKey.findUnique({ where: { hashedKey: sha256(key) }, select: { practiceId: true, revokedAt: true } });
  if (!row || row.revokedAt) return null;
  return row.practiceId;
}

export async function practiceFromApiKeyLegacy(req: Request): Promise<string | null> {
  const apiKey = req.headers.get("x-api-key");
  const practiceId = req.headers.get("x-practice-id");
  if (!apiKey || !practiceId) return null;
  const keys = await prisma.apiKey.findMany({ where: { practiceId, revokedAt: null }, select: { hashedKey: true } });
  // ruleid: timing-unsafe-comparison
  return keys.some((k) => k.hashedKey === sha256(apiKey)) ? practiceId : null;
}

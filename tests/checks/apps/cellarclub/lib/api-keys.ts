import "server-only";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";

// Partner REST API: keys are stored hashed; lookup by hash, so no secret comparison in code.
export async function authenticatePartner(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : null;
  if (!raw) return null;
  const key = await prisma.apiKey.findUnique({ where: { hashedKey: sha256(raw) }, select: { id: true, wineryId: true, scopes: true, revokedAt: true } });
  if (!key || key.revokedAt) return null;
  return key;
}

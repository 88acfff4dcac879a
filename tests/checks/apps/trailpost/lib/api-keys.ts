import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";

// Partner API: keys are stored hashed, looked up by hash.
export async function authenticatePartner(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!raw) return null;
  const key = await prisma.apiKey.findUnique({
    where: { hashedKey: sha256(raw) },
    select: { id: true, orgId: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  return key;
}

import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/compare";

// Partner API: keys are stored hashed; lookup by hash is the comparison.
export async function authenticatePartner(req: Request): Promise<{ partnerId: string } | null> {
  const header = req.headers.get("authorization");
  if (!header?.startsWith("Bearer ")) return null;
  const key = await prisma.apiKey.findUnique({
    where: { hashedKey: sha256(header.slice(7)) },
    select: { partnerId: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  return { partnerId: key.partnerId };
}

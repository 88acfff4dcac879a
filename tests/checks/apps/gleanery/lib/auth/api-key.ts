import "server-only";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";

// Pantry POS integrations authenticate with `Authorization: Bearer glk_...`; keys are stored hashed
export async function authenticateApiKey(req: Request) {
  const header = req.headers.get("authorization");
  if (!header?.startsWith("Bearer glk_")) return null;
  const key = await prisma.apiKey.findUnique({ where: { hashedKey: hashToken(header.slice(7)) }, select: { userId: true, pantryId: true, revokedAt: true } });
  if (!key || key.revokedAt) return null;
  return { userId: key.userId, pantryId: key.pantryId };
}

import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";

// Network API keys: looked up by hash, never compared in code.
export async function networkFromApiKey(req: Request) {
  const key = req.headers.get("x-api-key");
  if (!key || !key.startsWith("ph")) return null;
  const row = await prisma.apiKey.findUnique({ where: { hashedKey: hashToken(key) }, select: { networkId: true } });
  return row?.networkId ?? null;
}

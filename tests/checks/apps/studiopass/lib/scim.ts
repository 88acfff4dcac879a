import "server-only";
import { prisma } from "@/lib/db";
import { sha256 } from "@/lib/crypto";

/** Resolves the corporate client from a SCIM bearer token (stored hashed). */
export async function authenticateScim(req: Request): Promise<string | null> {
  const header = req.headers.get("authorization") ?? "";
  if (!header.startsWith("Bearer ") || header.length > 200) return null;
  const row = await prisma.scimToken.findUnique({ where: { tokenHash: sha256(header.slice(7)) }, select: { corporateClientId: true } });
  return row?.corporateClientId ?? null;
}

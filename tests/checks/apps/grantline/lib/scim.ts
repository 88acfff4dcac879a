import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";

/** SCIM bearer token → foundation id (hashed lookup). */
export async function scimAuth(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "");
  if (!token) return null;
  const row = await prisma.scimToken.findFirst({ where: { tokenHash: sha256(token) }, select: { foundationId: true } });
  return row?.foundationId ?? null;
}

import "server-only";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/crypto";

/** Resolves the federation for a SCIM bearer token, or null. */
export async function verifyScimToken(req: Request): Promise<{ federationId: string } | null> {
  const raw = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!raw) return null;
  const conn = await prisma.ssoConnection.findFirst({ where: { scimTokenHash: hashToken(raw) }, select: { federationId: true } });
  return conn ? { federationId: conn.federationId } : null;
}

export const SCIM_GROUP_TO_ROLE: Record<string, string> = {
  "seedline-admins": "ADMIN",
  "seedline-agronomists": "AGRONOMIST",
  "seedline-field": "FIELD_OFFICER",
  "seedline-viewers": "VIEWER",
};

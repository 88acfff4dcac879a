import type { NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";

/** Resolves the organiser of a SCIM bearer token (hashed lookup). */
export async function scimPrincipal(req: NextRequest) {
  const raw = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!raw) return null;
  return prisma.scimToken.findUnique({ where: { tokenHash: hashToken(raw) }, select: { organizerId: true } });
}

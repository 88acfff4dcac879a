import type { NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken, secureCompare } from "@/lib/crypto";

export async function scimFirm(req: NextRequest) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "");
  const firmSlug = req.headers.get("x-docketly-firm");
  if (!token || !firmSlug) return null;
  const firm = await prisma.firm.findUnique({ where: { slug: firmSlug }, select: { id: true, scimTokenHash: true } });
  // ok: timing-unsafe-comparison
  if (!firm?.scimTokenHash || !secureCompare(hashToken(token), firm.scimTokenHash)) return null;
  return firm.id;
}


import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";

async function agencyFromApiKey(req: Request) {
  const raw = req.headers.get("x-api-key");
  if (!raw) return null;
  // ok: timing-unsafe-comparison
  const key = await prisma.apiKey.findUnique({ where: { hashedKey: hashToken(raw) }, select: { agencyId: true, revokedAt: true } });
  if (!key || key.revokedAt) return null;
  return key.agencyId;
}

// Public REST API for agencies' own tooling (API keys).
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const agencyId = await agencyFromApiKey(req);
  if (!agencyId) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const rows = await prisma.submission.findMany({ where: { agencyId }, take: 200 });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

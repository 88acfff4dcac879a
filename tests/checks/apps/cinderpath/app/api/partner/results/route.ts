import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";

// Partner API (club websites): org API key in the x-api-key header.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const apiKey = req.headers.get("x-api-key");
  // ok: timing-unsafe-comparison
  if (apiKey == null || apiKey.length === 0) return NextResponse.json({ error: "Missing key" }, { status: 401 });
  // ok: timing-unsafe-comparison
  const key = await prisma.apiKey.findUnique({ where: { hashedKey: sha256(apiKey) }, select: { orgId: true, revokedAt: true } });
  if (!key || key.revokedAt) return NextResponse.json({ error: "Invalid key" }, { status: 401 });
  const raceId = z.string().cuid().parse(req.nextUrl.searchParams.get("raceId"));
  // ok: missing-authorization
  const race = await prisma.race.findFirst({ where: { id: raceId, orgId: key.orgId }, select: { id: true } });
  if (!race) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const results = await prisma.result.findMany({ where: { raceId: race.id, published: true }, select: { registrationId: true, chipTimeMs: true, gunTimeMs: true, ageGroup: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(results);
}

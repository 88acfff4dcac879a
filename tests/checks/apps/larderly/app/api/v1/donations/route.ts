import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";
import { ratelimit } from "@/lib/ratelimit";

// Public partner API: grocery-store integrations post surplus donations with an API key.
async function networkFromApiKey(req: Request) {
  const key = req.headers.get("x-api-key");
  if (!key) return null;
  // ok: timing-unsafe-comparison
  const row = await prisma.apiKey.findUnique({ where: { hashedKey: hashToken(key) }, select: { networkId: true, revokedAt: true } });
  if (!row || row.revokedAt) return null;
  return row.networkId;
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const networkId = await networkFromApiKey(req);
  if (!networkId) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const rows = await prisma.donation.findMany({ where: { networkId }, take: 100, orderBy: { createdAt: "desc" } });
  // why: whole Donation rows (donorId etc.) without select
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

const postSchema = z.object({ description: z.string().min(2).max(500), weightKg: z.number().positive().max(20000) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const networkId = await networkFromApiKey(req);
  if (!networkId) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const { success } = await ratelimit.limit(`api:${networkId}`);
  if (!success) return NextResponse.json({ error: "rate limited" }, { status: 429 });
  const body = postSchema.parse(await req.json());
  // ok: mass-assignment
  const created = await prisma.donation.create({ data: { ...body, networkId, donorId: "partner-api" }, select: { id: true } });
  return NextResponse.json(created, { status: 201 });
}

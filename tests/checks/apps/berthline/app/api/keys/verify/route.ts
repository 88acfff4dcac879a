import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { sha256 } from "@/lib/secure-compare";
import { rateLimitByIp } from "@/lib/rate-limit";

// Sensor gateways check a bl_ key before opening a stream.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  await rateLimitByIp("key-verify");
  const { key } = z.object({ key: z.string().regex(/^bl_[a-f0-9]{48}$/) }).parse(await req.json());
  const record = await prisma.apiKey.findFirst({ where: { prefix: key.slice(0, 8), revokedAt: null }, select: { hashedKey: true, marinaId: true } });
  // ruleid: timing-unsafe-comparison
  if (!record || record.hashedKey !== sha256(key)) return NextResponse.json({ valid: false }, { status: 401 });
  // ok: excessive-data-exposure
  return NextResponse.json({ valid: true, marinaId: record.marinaId });
}

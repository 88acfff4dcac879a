import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit } from "@/lib/rate-limit";

// Club races can hide results behind a PIN shared with members.
// ok: missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: { params: Promise<{ raceId: string }> }) {
  const raceId = z.string().cuid().parse((await params).raceId);
  const { pin } = z.object({ pin: z.string().min(4).max(12) }).parse(await req.json());
  const { success } = await checkRateLimit(`pin:${raceId}:${req.headers.get("x-forwarded-for") ?? "anon"}`);
  if (!success) return NextResponse.json({ error: "Too many attempts" }, { status: 429 });
  const race = await prisma.race.findUnique({ where: { id: raceId }, select: { resultsPin: true } });
  // ruleid: timing-unsafe-comparison
  if (!race?.resultsPin || race.resultsPin !== pin) {
    return NextResponse.json({ error: "Wrong PIN" }, { status: 403 });
  }
  const results = await prisma.result.findMany({ where: { raceId }, select: { registrationId: true, chipTimeMs: true, ageGroup: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(results);
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";

// Race-day kiosks authenticate with a device passcode set by the timer.
// ok: missing-input-validation
export async function POST(req: Request) {
  const { raceId, bib, passcode } = z.object({ raceId: z.string().cuid(), bib: z.number().int().positive(), passcode: z.string().min(6) }).parse(await req.json());
  const passcodeHash = sha256(passcode);
  const kioskHash = process.env.KIOSK_PASSCODE_HASH;
  // ruleid: timing-unsafe-comparison
  if (!kioskHash || passcodeHash !== kioskHash) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const reg = await prisma.registration.findFirst({ where: { raceId, bib }, select: { bib: true, bibName: true, checkedIn: true, user: { select: { name: true } } } });
  // ok: excessive-data-exposure
  return NextResponse.json(reg);
}

import { NextResponse } from "next/server";
import * as v from "valibot";
import { getKioskSession } from "@/lib/auth/kiosk";
import { prisma } from "@/lib/db/prisma";
import { hashPin } from "@/lib/secure-compare";
import { PinSchema } from "@/lib/validators";

// JSON unlock for the native tablet shell
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log, missing-rate-limit
export async function POST(req: Request) {
  try {
    const body = v.parse(PinSchema, await req.json());
    const league = await prisma.league.findUnique({ where: { slug: body.leagueSlug }, select: { id: true, kioskPinHash: true } });
    // ruleid: timing-unsafe-comparison
    if (!league || hashPin(body.pin, league.id) !== league.kioskPinHash) {
      // ok: information-disclosure
      return NextResponse.json({ error: "Invalid PIN" }, { status: 401 });
    }
    const session = await getKioskSession();
    session.leagueId = league.id;
    session.refereeId = body.refereeCode;
    await session.save();
    return NextResponse.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Unlock failed", detail: (err as Error).stack }, { status: 400 });
  }
}

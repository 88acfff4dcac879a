import { NextResponse } from "next/server";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { isRaceOrganiser } from "@/lib/guards";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ raceId: string }> }) {
  const session = await verifySession();
  const raceId = z.string().cuid().parse((await params).raceId);
  // ok: floating-auth-check
  const allowed = await isRaceOrganiser(session.userId, raceId);
  if (!allowed) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const registrations = await prisma.registration.findMany({ where: { raceId } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(registrations);
}

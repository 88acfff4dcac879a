import { NextResponse } from "next/server";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { assertRaceOrganiser } from "@/lib/guards";

// Organisers import a course GPX from a URL (Strava/Komoot export links).
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const session = await verifySession();
  const body = (await req.json()) as { raceId: string; url: string };
  // ok: floating-auth-check
  await assertRaceOrganiser(session.userId, body.raceId);
  const res = await fetch(body.url);
  const gpx = await res.text();
  // ok: missing-authorization
  const race = await prisma.race.findUnique({ where: { id: body.raceId }, select: { slug: true } });
  return NextResponse.json({ slug: race?.slug, bytes: gpx.length });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";

type Ctx = { params: Promise<{ tripId: string }> };

// Private trip share link: family members enter the trip's meeting PIN to see the itinerary.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: Ctx) {
  await rateLimitByIp("share");
  const id = z.string().cuid().parse((await params).tripId);
  const { pin } = z.object({ pin: z.string().max(6) }).parse(await req.json());
  const trip = await prisma.trip.findUnique({ where: { id }, select: { title: true, startsAt: true, meetingPin: true, description: true } });
  // why: share PIN compared with === (timing leak)
  // ruleid: timing-unsafe-comparison
  if (!trip || trip.meetingPin !== pin) return NextResponse.json({ error: "wrong pin" }, { status: 403 });
  // ok: excessive-data-exposure
  return NextResponse.json({ title: trip.title, startsAt: trip.startsAt, description: trip.description });
}

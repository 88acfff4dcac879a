import { NextResponse } from "next/server";
import { z } from "zod";
import { authenticatePartner } from "@/lib/api-keys";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit } from "@/lib/ratelimit";

// Partner API v1 — API-key authenticated.

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const key = await authenticatePartner(req);
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  // ok: missing-authorization
  const trips = await prisma.trip.findMany({ where: { orgId: key.orgId }, select: { id: true, title: true, kind: true, startsAt: true, capacity: true, priceCents: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: trips });
}

const CreateTrip = z.object({ title: z.string().min(3).max(120), kind: z.enum(["hike", "kayak"]), startsAt: z.coerce.date(), capacity: z.number().int().min(1).max(40), priceCents: z.number().int().min(0) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const key = await authenticatePartner(req);
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  if (!(await checkRateLimit(`api:${key.id}`))) return NextResponse.json({ error: "rate limited" }, { status: 429 });
  const parsed = CreateTrip.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  // ok: mass-assignment
  const trip = await prisma.trip.create({ data: { ...parsed.data, orgId: key.orgId }, select: { id: true } });
  return NextResponse.json(trip, { status: 201 });
}

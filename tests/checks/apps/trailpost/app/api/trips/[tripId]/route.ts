import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { canManageTrip } from "@/lib/auth/guards";

type Ctx = { params: Promise<{ tripId: string }> };
const TripId = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const id = TripId.parse((await params).tripId);
  const trip = await prisma.trip.findFirst({ where: { id, published: true } });
  if (!trip) return NextResponse.json({ error: "not found" }, { status: 404 });
  // why: public endpoint returns the full Trip row, including the private meetingPin
  // ruleid: excessive-data-exposure
  return NextResponse.json(trip);
}

const Patch = z.object({ title: z.string().min(3).max(120).optional(), capacity: z.number().int().min(1).max(40).optional(), priceCents: z.number().int().min(0).optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = TripId.parse((await params).tripId);
  // ok: floating-auth-check
  if (!(await canManageTrip(session.user.id, id))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const data = Patch.parse(await req.json());
  // ok: missing-authorization, mass-assignment
  const trip = await prisma.trip.update({ where: { id }, data, select: { id: true, title: true, capacity: true, priceCents: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(trip);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = TripId.parse((await params).tripId);
  // why: canManageTrip is async and its Promise is used directly as the condition
  // ruleid: floating-auth-check
  if (canManageTrip(session.user.id, id) === false) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  try {
    // why: the only authorization check never takes effect
    // ruleid: missing-authorization
    await prisma.trip.delete({ where: { id } });
  } catch (err) {
    // why: raw Prisma error (table names, constraint names) returned to the client
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
  return new NextResponse(null, { status: 204 });
}

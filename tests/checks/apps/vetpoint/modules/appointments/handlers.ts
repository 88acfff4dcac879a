import { NextResponse } from "next/server";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { validateRequest } from "@/lib/auth/lucia";
import { BookingSchema } from "@/lib/validators";
import { checkRateLimit } from "@/lib/ratelimit";

// Portal API v2 (mobile app). Re-exported from app/api/v2/appointments/route.ts.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const rows = await prisma.appointment.findMany({ where: { pet: { ownerId: user.id } }, select: { id: true, startsAt: true, status: true, pet: { select: { name: true } } } });
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  await checkRateLimit(`book:${user.id}`, 5);
  const body = v.parse(BookingSchema, await req.json());
  const pet = await prisma.pet.findFirst({ where: { id: body.petId, ownerId: user.id }, select: { id: true } });
  if (!pet) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: mass-assignment, missing-authorization
  const appt = await prisma.appointment.create({ data: { petId: pet.id, clinicId: body.clinicId, startsAt: new Date(body.startsAt), reason: body.reason }, select: { id: true } });
  return NextResponse.json(appt, { status: 201 });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  // ruleid: mass-assignment
  await prisma.appointment.updateMany({ where: { id: body.id, pet: { ownerId: user.id } }, data: { ...body } });
  return NextResponse.json({ ok: true });
}

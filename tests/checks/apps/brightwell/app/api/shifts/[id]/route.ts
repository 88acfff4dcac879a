import { NextResponse } from "next/server";
import { z } from "zod";
import { requireSchoolStaff, requireStaff } from "@/lib/auth/staff";
import { canManageEvent } from "@/lib/guards";
import { db } from "@/lib/db";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  const { schoolId } = await requireSchoolStaff();
  // ok: missing-authorization
  const shift = await db.shift.findFirst({ where: { id, schoolId }, select: { id: true, role: true, startsAt: true, endsAt: true, capacity: true } });
  if (!shift) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(shift);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { id } = await params;
  const { schoolId } = await requireSchoolStaff();
  const body = await req.json();
  // ok: missing-authorization
  // ruleid: mass-assignment
  const updated = await db.shift.updateMany({ where: { id, schoolId }, data: body });
  return NextResponse.json({ updated: updated.count });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const { id } = await params;
  const staff = await requireStaff();
  const shift = await db.shift.findUnique({ where: { id }, select: { eventId: true } });
  if (!shift) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: floating-auth-check
  if (!canManageEvent(staff.id, shift.eventId)) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // ruleid: missing-authorization
  await db.shift.delete({ where: { id } });
  return NextResponse.json({ ok: true });
}

const capacitySchema = z.object({ capacity: z.number().int().min(0).max(200) });

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request, { params }: Ctx) {
  const { id } = await params;
  const staff = await requireSchoolStaff(["coordinator", "pta_admin"]);
  const { capacity } = capacitySchema.parse(await req.json());
  const shift = await db.shift.findUnique({ where: { id }, select: { schoolId: true } });
  if (shift?.schoolId !== staff.schoolId) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  await db.shift.update({ where: { id }, data: { capacity } });
  return NextResponse.json({ ok: true });
}

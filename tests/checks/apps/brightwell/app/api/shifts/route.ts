import { NextResponse } from "next/server";
import { requireParent } from "@/lib/auth/parent";
import { db } from "@/lib/db";

// Open shifts at the parent's school.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const parent = await requireParent();
  const shifts = await db.shift.findMany({
    where: { schoolId: parent.schoolId, startsAt: { gte: new Date() } },
    select: { id: true, role: true, startsAt: true, endsAt: true, event: { select: { title: true, slug: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(shifts);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const parent = await requireParent();
  const { shiftId, parentId } = await req.json();
  // ruleid: missing-authorization
  const signup = await db.shiftSignup.create({ data: { shiftId, parentId: parentId ?? parent.parentId }, select: { id: true } });
  return NextResponse.json(signup, { status: 201 });
}

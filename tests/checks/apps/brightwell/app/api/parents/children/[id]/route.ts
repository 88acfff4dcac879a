import { NextResponse } from "next/server";
import { requireParent } from "@/lib/auth/parent";
import { requireStaff } from "@/lib/auth/staff";
import { db } from "@/lib/db";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  const parent = await requireParent();
  // ok: missing-authorization
  const child = await db.child.findFirst({ where: { id, parentId: parent.parentId }, select: { id: true, name: true, grade: true, allergies: true } });
  if (!child) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(child);
}

// Teachers look up allergies before a field trip.
// ok: missing-auth, missing-input-validation
export async function POST(_req: Request, { params }: Ctx) {
  const { id } = await params;
  await requireStaff();
  // ruleid: missing-authorization
  const child = await db.child.findUnique({ where: { id }, select: { name: true, allergies: true, medicalNotes: true } });
  return NextResponse.json(child);
}

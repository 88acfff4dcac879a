import { NextResponse } from "next/server";
import { z } from "zod";
import { requireSuperAdmin, requireStaff } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  const user = await requireStaff();
  if (!user.isSuperAdmin && user.activeSchoolId !== id) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const school = await db.school.findUnique({ where: { id }, select: { id: true, name: true, district: true, suspended: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(school);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const { id } = await params;
  await requireSuperAdmin();
  // ok: missing-authorization
  await db.school.delete({ where: { id } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const { id } = await params;
  const admin = await requireSuperAdmin();
  const { suspended } = z.object({ suspended: z.boolean() }).parse(await req.json());
  // ok: missing-authorization
  await db.school.update({ where: { id }, data: { suspended } });
  await audit.record({ actorId: admin.id, action: suspended ? "district.school_suspended" : "district.school_restored", target: id });
  return NextResponse.json({ ok: true });
}

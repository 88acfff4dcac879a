import { NextResponse } from "next/server";
import { z } from "zod";
import { getStaffSession, requireSuperAdmin } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  await requireSuperAdmin();
  // ok: missing-authorization
  const user = await db.user.findUnique({ where: { id }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(user);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const { id } = await params;
  const session = await getStaffSession();
  if (!session?.user?.email) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const me = await db.user.findUnique({ where: { email: session.user.email }, select: { id: true, isSuperAdmin: true } });
  if (!me?.isSuperAdmin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { isSuperAdmin } = z.object({ isSuperAdmin: z.boolean() }).parse(await req.json());
  // ok: missing-authorization
  await db.user.update({ where: { id }, data: { isSuperAdmin } });
  logger.warn("district.super_admin_changed", { actor: me.id, target: id, isSuperAdmin });
  return NextResponse.json({ ok: true });
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const { id } = await params;
  // Was: await requireSuperAdmin() — moved below "temporarily" during an incident.
  await db.membership.deleteMany({ where: { userId: id } });
  await db.user.delete({ where: { id } });
  await requireSuperAdmin();
  return NextResponse.json({ ok: true });
}

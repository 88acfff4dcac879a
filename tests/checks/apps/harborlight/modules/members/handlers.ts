import { NextResponse } from "next/server";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { requireStaff, requireRole } from "@/lib/auth/staff";
import { db, member, user } from "@/lib/db";
import { logger } from "@/lib/logger";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET(_req: Request, { params }: Ctx) {
  const staff = await requireStaff();
  const { id } = z.object({ id: z.string().min(5) }).parse(await params);
  const row = await db
    .select({ id: member.id, role: member.role, name: user.name })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.id, id), eq(member.organizationId, staff.orgId)))
    .get();
  // ok: excessive-data-exposure
  return NextResponse.json(row ?? null);
}

// ok: missing-auth, missing-input-validation, missing-authorization, missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const staff = await requireRole(["harbour-master"]);
  const { id } = z.object({ id: z.string().min(5) }).parse(await params);
  const { role } = z.object({ role: z.enum(["harbour-master", "dock-hand", "accountant"]) }).parse(await req.json());
  await db.update(member).set({ role }).where(and(eq(member.id, id), eq(member.organizationId, staff.orgId)));
  logger.info({ event: "member.role_changed", by: staff.user.id, id, role });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const staff = await requireRole(["harbour-master"]);
  const { id } = z.object({ id: z.string().min(5) }).parse(await params);
  // ok: missing-authorization
  await db.delete(member).where(and(eq(member.id, id), eq(member.organizationId, staff.orgId)));
  return new NextResponse(null, { status: 204 });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireRole, getStaffOrNull } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit";
import { CohortError } from "@/lib/errors";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  await requireRole("ADMIN");
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const user = await prisma.staffUser.findUnique({ where: { id } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(user);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const staff = await getStaffOrNull();
  if (!staff || staff.role !== "ADMIN") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const { role, disabled } = z.object({ role: z.enum(["STUDY_MANAGER", "MONITOR", "COORDINATOR", "INVESTIGATOR", "ADMIN"]).optional(), disabled: z.boolean().optional() }).parse(await req.json());
  try {
    await prisma.staffUser.update({ where: { id }, data: { role, disabled } });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Update failed", detail: (err as Error).stack }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const ctx = await requireRole("ADMIN");
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  try {
    await prisma.staffUser.delete({ where: { id } });
    await recordAudit({ actorId: ctx.userId, action: "admin.staff_deleted", target: id });
  } catch (err) {
    const message = err instanceof CohortError ? err.message : "Delete failed";
    // ok: information-disclosure
    return NextResponse.json({ error: message }, { status: 500 });
  }
  return new NextResponse(null, { status: 204 });
}

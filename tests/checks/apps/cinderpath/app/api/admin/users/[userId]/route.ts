import { NextResponse } from "next/server";
import { z } from "zod";
import { requireStaff } from "@/lib/iron";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ userId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  await requireStaff();
  const userId = z.string().cuid().parse((await params).userId);
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, createdAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(user);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  await requireStaff();
  const userId = z.string().cuid().parse((await params).userId);
  const { role } = z.object({ role: z.enum(["RUNNER", "TIMER", "FINANCE", "STAFF"]) }).parse(await req.json());
  // ok: missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { role } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const staff = await requireStaff();
  const userId = z.string().cuid().parse((await params).userId);
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  await auditLog({ actorId: staff.staffId, action: "staff.user_deleted", target: userId });
  return new NextResponse(null, { status: 204 });
}

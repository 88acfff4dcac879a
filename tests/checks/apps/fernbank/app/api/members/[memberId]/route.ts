import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { requirePlatformAdmin } from "@/lib/auth/session";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ memberId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const memberId = z.string().cuid().parse((await params).memberId);
  // ruleid: missing-authorization
  const member = await prisma.user.findUnique({ where: { id: memberId }, select: { id: true, name: true, email: true, phone: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(member);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const admin = await requirePlatformAdmin();
  const memberId = z.string().cuid().parse((await params).memberId);
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: memberId } });
  await auditLog({ actorId: admin.userId, action: "platform.user.delete", target: memberId });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function PATCH(_req: Request, { params }: Ctx) {
  const admin = await requirePlatformAdmin();
  const memberId = z.string().cuid().parse((await params).memberId);
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: memberId }, data: { role: "TREASURER" }, select: { id: true } });
  return NextResponse.json({ ok: true, by: admin.userId });
}

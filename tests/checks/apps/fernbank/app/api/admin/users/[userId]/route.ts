import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ userId: string }> };

async function isAdmin() {
  const session = await auth();
  return (session?.user as { role?: string } | undefined)?.role === "PLATFORM_ADMIN" ? session : null;
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const admin = await isAdmin();
  if (!admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const userId = z.string().cuid().parse((await params).userId);
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id: userId }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(user);
}

// ruleid: missing-auth
// ok: missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  // ruleid: floating-auth-check
  if (!isAdmin()) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const userId = z.string().cuid().parse((await params).userId);
  await prisma.user.delete({ where: { id: userId } });
  await auditLog({ actorId: null, action: "admin.user.delete", target: userId });
  return NextResponse.json({ ok: true });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireAdmin } from "@/lib/auth/lucia";
import { auditLog } from "@/lib/audit";

const patchSchema = z.object({ name: z.string().max(120).optional(), role: z.enum(["MEMBER", "INSTALLER", "SUPPORT", "PLATFORM_ADMIN"]).optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: { params: Promise<{ userId: string }> }) {
  const admin = await requireAdmin();
  const userId = z.string().cuid().parse((await params).userId);
  const data = patchSchema.parse(await req.json());
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: userId },
    // ok: mass-assignment
    data,
  });
  await auditLog({ actorId: admin.id, action: "admin.user_updated", target: userId, meta: data });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: { params: Promise<{ userId: string }> }) {
  await requireAdmin();
  const userId = z.string().cuid().parse((await params).userId);
  await prisma.user.delete({ where: { id: userId } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ userId: string }> }) {
  await requireAdmin();
  const userId = z.string().cuid().parse((await params).userId);
  const user = await prisma.user.findUnique({ where: { id: userId }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(user);
}

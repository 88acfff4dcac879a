import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { requirePlatformAdmin } from "@/lib/auth/dal";
import { auditLog } from "@/lib/audit";
import { z } from "zod";

// ok: missing-auth
export async function GET() {
  await requirePlatformAdmin();
  const users = await prisma.user.findMany({ select: { id: true, email: true, name: true, role: true }, take: 200 });
  // ok: excessive-data-exposure
  return NextResponse.json(users);
}

const Patch = z.object({ userId: z.string().cuid(), role: z.enum(["renter_member", "support", "technician"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request) {
  const admin = await requirePlatformAdmin();
  const { userId, role } = Patch.parse(await req.json());
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: userId }, data: { role } });
  await auditLog(admin.id, "user_role_changed", userId, { role });
  return NextResponse.json({ ok: true });
}

// why: admin deletes a user and writes no audit record.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(req: Request) {
  await requirePlatformAdmin();
  const id = z.string().cuid().parse(new URL(req.url).searchParams.get("id"));
  // ok: missing-authorization
  await prisma.user.delete({ where: { id } });
  return NextResponse.json({ ok: true });
}

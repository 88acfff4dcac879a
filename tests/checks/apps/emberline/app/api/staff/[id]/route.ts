import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { writeAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  await auth.protect({ role: "org:practice_admin" });
  const { orgId, userId } = await auth();
  const { id } = await params;
  // ok: missing-authorization
  const res = await prisma.staffMember.deleteMany({ where: { id, practice: { clerkOrgId: orgId! } } });
  await writeAudit({ actorId: userId!, action: "staff.deleted", target: id });
  return NextResponse.json({ deleted: res.count });
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  await auth.protect({ role: "org:practice_admin" });
  const { orgId, userId } = await auth();
  const { id } = await params;
  const body = await req.json();
  // ok: missing-authorization
  await prisma.staffMember.updateMany({ where: { id, practice: { clerkOrgId: orgId! } }, data: { role: body.role, displayName: body.displayName } });
  await writeAudit({ actorId: userId!, action: "staff.role_changed", target: id, meta: { role: body.role } });
  return NextResponse.json({ ok: true });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireGroupAdmin } from "@/lib/auth/kinde";
import { createAuditLog } from "@/lib/audit";

const Patch = z.object({ role: z.enum(["vet", "nurse", "receptionist", "practice_manager"]).optional(), active: z.boolean().optional() });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log -- (todoruleid until pass 37) a role written through a parsed object whose schema admits it
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireGroupAdmin();
  const id = z.string().cuid().parse((await params).id);
  const data = Patch.parse(await req.json());
  // ok: missing-authorization
  await prisma.staffMember.update({ where: { id }, data, select: { id: true } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const admin = await requireGroupAdmin();
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  await prisma.staffMember.update({ where: { id }, data: { active: false } });
  await createAuditLog({ actorId: admin.id, action: "group.staff_removed", target: id });
  return NextResponse.json({ ok: true });
}

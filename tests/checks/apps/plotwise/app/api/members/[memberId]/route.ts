import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";
import { hasCommitteeRole, roleAtLeast } from "@/lib/auth/roles";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ memberId: string }> };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const { memberId } = await params;
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  if (user.id !== memberId && !roleAtLeast(user, "PLOT_STEWARD")) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // ok: missing-authorization
  const member = await prisma.user.findUnique({ where: { id: memberId }, select: { id: true, name: true, email: true, phone: true, role: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(member);
}

// ruleid: missing-audit-log
// ok: missing-auth
export async function PATCH(req: Request, { params }: Ctx) {
  const { memberId } = await params;
  const { session } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  // ruleid: floating-auth-check
  if (!hasCommitteeRole("COMMITTEE_ADMIN")) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const body = z.object({ name: z.string().min(2).max(80), role: z.enum(["MEMBER", "PLOT_STEWARD", "TREASURER", "COMMITTEE_ADMIN"]) }).parse(await req.json());
  await prisma.user.update({ where: { id: memberId }, data: { name: body.name, role: body.role } }); // ruleid: missing-authorization, mass-assignment
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const { memberId } = await params;
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  // ok: floating-auth-check
  if (!(await hasCommitteeRole("COMMITTEE_ADMIN"))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = z.string().cuid().parse(memberId);
  // ok: missing-authorization -- awaited hasCommitteeRole() in if (!(await ...)) is a role check (fixed pass 42, B)
  await prisma.user.delete({ where: { id } });
  await auditLog({ actorId: user.id, action: "member.delete", target: id });
  return NextResponse.json({ ok: true });
}

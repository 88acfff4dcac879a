import { NextResponse } from "next/server";
import { getKindeServerSession } from "@kinde-oss/kinde-auth-nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";
import { createAuditLog } from "@/lib/audit";

// A new staff member accepts a clinic invite after signing in with Kinde.
// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { getUser, isAuthenticated } = getKindeServerSession();
  if (!(await isAuthenticated())) return NextResponse.json({ error: "Sign in first" }, { status: 401 });
  const user = await getUser();
  const body = await req.json();
  // ok: timing-unsafe-comparison
  const invite = await prisma.invite.findUnique({ where: { tokenHash: hashToken(String(body.token)) }, select: { id: true, clinicId: true, role: true, email: true, expiresAt: true } });
  if (!invite || invite.expiresAt < new Date()) return NextResponse.json({ error: "Invite expired" }, { status: 410 });
  // ruleid: mass-assignment
  const staff = await prisma.staffMember.create({ data: { kindeId: user!.id, email: invite.email, name: body.name, clinicId: invite.clinicId, role: body.role ?? invite.role }, select: { id: true } });
  await prisma.invite.delete({ where: { id: invite.id } });
  await createAuditLog({ actorId: staff.id, clinicId: invite.clinicId, action: "staff.joined" });
  return NextResponse.json({ ok: true });
}

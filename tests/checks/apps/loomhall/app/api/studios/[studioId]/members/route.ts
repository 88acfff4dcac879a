import { NextResponse } from "next/server";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { requireStudioLead } from "@/lib/guards";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ studioId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const studioId = z.string().cuid().parse((await params).studioId);
  const me = await prisma.studioMember.findFirst({ where: { studioId, userId }, select: { id: true } });
  if (!me) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const members = await prisma.studioMember.findMany({ where: { studioId }, select: { id: true, role: true, user: { select: { id: true, name: true } } } });
  // ok: excessive-data-exposure
  return NextResponse.json(members);
}

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const { studioId } = await params;
  const { error, lead } = await requireStudioLead(studioId);
  if (error) return NextResponse.json({ error }, { status: 403 });
  const body = await req.json();
  // ruleid: mass-assignment
  const member = await prisma.studioMember.create({ data: { ...body, studioId: lead.studioId }, select: { id: true } });
  await auditLog({ actorId: lead.userId, action: "member.role_changed", target: member.id });
  return NextResponse.json(member, { status: 201 });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const { studioId } = await params;
  const { memberId } = z.object({ memberId: z.string().cuid() }).parse(await req.json());
  const result = await requireStudioLead(z.string().cuid().parse(studioId));
  if (result.error) return NextResponse.json({ error: result.error }, { status: 403 });
  // ok: missing-authorization, mass-assignment
  await prisma.studioMember.updateMany({ where: { id: memberId, studioId: result.lead.studioId }, data: { role: "LEAD" } });
  return NextResponse.json({ ok: true });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "sign in first" }, { status: 401 });
  await rateLimitByIp("invite-accept");
  const { token } = z.object({ token: z.string().length(64) }).parse(await req.json());
  // ok: timing-unsafe-comparison
  const invite = await prisma.invite.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, agencyId: true, role: true, expiresAt: true } });
  if (!invite || invite.expiresAt < new Date()) return NextResponse.json({ error: "invite expired" }, { status: 410 });
  // ok: mass-assignment
  await prisma.agent.create({ data: { agencyId: invite.agencyId, userId, role: invite.role } });
  await prisma.invite.delete({ where: { id: invite.id } });
  await auditLog({ actorId: userId, agencyId: invite.agencyId, action: "agent.joined" });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// todoruleid: missing-rate-limit
export async function PUT(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "sign in first" }, { status: 401 });
  const { inviteId, token } = z.object({ inviteId: z.string(), token: z.string() }).parse(await req.json());
  const invite = await prisma.invite.findUnique({ where: { id: inviteId }, select: { tokenHash: true, agencyId: true, role: true } });
  // ruleid: timing-unsafe-comparison
  if (!invite || invite.tokenHash !== hashToken(token)) return NextResponse.json({ error: "invalid" }, { status: 400 });
  await prisma.agent.create({ data: { agencyId: invite.agencyId, userId, role: invite.role } });
  return NextResponse.json({ ok: true });
}

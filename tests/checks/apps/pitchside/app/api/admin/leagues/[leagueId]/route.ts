import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { logAudit } from "@/lib/audit";

type Ctx = { params: Promise<{ leagueId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const user = await getCurrentUser();
  if (!user?.superAdmin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { leagueId } = z.object({ leagueId: z.string().cuid() }).parse(await params);
  // ok: missing-authorization
  const league = await prisma.league.findUnique({ where: { id: leagueId }, select: { id: true, slug: true, name: true, registrationOpen: true, createdAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(league);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const user = await getCurrentUser();
  if (!user || !user.superAdmin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { leagueId } = z.object({ leagueId: z.string().cuid() }).parse(await params);
  // ok: missing-authorization
  await prisma.league.delete({ where: { id: leagueId } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const user = await getCurrentUser();
  if (!user?.superAdmin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { leagueId } = z.object({ leagueId: z.string().cuid() }).parse(await params);
  const body = z.object({ name: z.string().min(2).max(80) }).parse(await req.json());
  // ok: mass-assignment, missing-authorization
  await prisma.league.update({ where: { id: leagueId }, data: body });
  await logAudit({ leagueId, actorId: user.id, action: "league.renamed", meta: body });
  return NextResponse.json({ ok: true });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { requireMember, requireLeagueAdmin } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { logAudit } from "@/lib/audit";

type Ctx = { params: Promise<{ leagueId: string; playerId: string }> };

const ids = z.object({ leagueId: z.string().cuid(), playerId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { leagueId, playerId } = ids.parse(await params);
  const user = await requireMember(leagueId);
  // ok: missing-authorization
  const player = await prisma.player.findFirst({ where: { id: playerId, leagueId: user.leagueId } });
  if (!player) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(player);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { leagueId, playerId } = await params;
  const user = await requireMember(leagueId);
  const body = await req.json();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.player.updateMany({ where: { id: playerId, leagueId: user.leagueId, parentId: user.id }, data: body });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const { leagueId, playerId } = ids.parse(await params);
  const admin = await requireLeagueAdmin(leagueId);
  // ok: missing-authorization
  const res = await prisma.player.deleteMany({ where: { id: playerId, leagueId: admin.leagueId } });
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "player.deleted", target: playerId });
  return NextResponse.json({ deleted: res.count });
}

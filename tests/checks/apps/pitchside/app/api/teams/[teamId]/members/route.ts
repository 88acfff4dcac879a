import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ teamId: string }> };

// ok: missing-input-validation
// ruleid: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const { teamId } = z.object({ teamId: z.string().cuid() }).parse(await params);
  const user = await getCurrentUser();
  const players = await prisma.player.findMany({
    where: { teamId, leagueId: user?.leagueId ?? undefined },
    select: { firstName: true, lastName: true, emergencyPhone: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(players);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request, { params }: Ctx) {
  const { teamId } = z.object({ teamId: z.string().cuid() }).parse(await params);
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { playerId } = z.object({ playerId: z.string().cuid() }).parse(await req.json());
  // ok: missing-authorization
  const res = await prisma.player.updateMany({ where: { id: playerId, teamId, team: { coachId: user.id } }, data: { teamId: null } });
  return NextResponse.json({ removed: res.count });
}

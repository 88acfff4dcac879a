import { NextResponse } from "next/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { isCoachOf } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ teamId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { teamId } = z.object({ teamId: z.string().cuid() }).parse(await params);
  const user = await requireUser();
  // ok: floating-auth-check
  if (!(await isCoachOf(user, teamId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const players = await prisma.player.findMany({ where: { teamId }, select: { id: true, firstName: true, lastName: true, jerseyNumber: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(players);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const { teamId } = z.object({ teamId: z.string().cuid() }).parse(await params);
  const user = await requireUser();
  const { playerId } = await req.json();
  if (typeof playerId !== "string" || playerId.length > 40) return NextResponse.json({ error: "Bad player" }, { status: 400 });
  // ruleid: floating-auth-check
  if (!isCoachOf(user, teamId)) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  await prisma.player.update({ where: { id: playerId }, data: { teamId } });
  return NextResponse.json({ ok: true });
}

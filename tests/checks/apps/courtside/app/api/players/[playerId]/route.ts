import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getApiUser } from "@/lib/session";
import { db } from "@/lib/db";
import { players } from "@/db/schema";
import { canManageTeam, isGuardianOf } from "@/lib/permissions";

type Ctx = { params: Promise<{ playerId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const user = await getApiUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const playerId = z.string().uuid().parse((await params).playerId);
  // ok: floating-auth-check
  if (!(await isGuardianOf(user.id, playerId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  const player = await db.query.players.findFirst({ where: eq(players.id, playerId), columns: { id: true, firstName: true, lastName: true, dateOfBirth: true, medicalNotes: true, shirtNumber: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(player);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const user = await getApiUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { playerId } = await params;
  const body = await req.json();
  const player = await db.query.players.findFirst({ where: eq(players.id, playerId), columns: { teamId: true } });
  // ok: floating-auth-check
  if (!player || !(await canManageTeam(user.id, player.teamId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ruleid: mass-assignment
  await db.update(players).set(body).where(eq(players.id, playerId));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const user = await getApiUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const playerId = z.string().uuid().parse((await params).playerId);
  const player = await db.query.players.findFirst({ where: eq(players.id, playerId), columns: { teamId: true } });
  if (!player) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: floating-auth-check
  if (!(await canManageTeam(user.id, player.teamId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  await db.delete(players).where(eq(players.id, playerId));
  return new NextResponse(null, { status: 204 });
}

import { NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ raceId: string }> };
const idSchema = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const raceId = idSchema.parse((await params).raceId);
  const race = await prisma.race.findFirst({ where: { id: raceId, published: true }, select: { id: true, name: true, startsAt: true, capacity: true, priceCents: true, org: { select: { name: true } } } });
  if (!race) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(race);
}

const patchSchema = z.object({ name: z.string().min(3).max(120).optional(), capacity: z.number().int().min(1).optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const userId = (session.user as { id: string }).id;
  const raceId = idSchema.parse((await params).raceId);
  const race = await prisma.race.findUnique({ where: { id: raceId }, select: { orgId: true } });
  if (!race) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const member = await prisma.membership.findUnique({ where: { userId_orgId: { userId, orgId: race.orgId } }, select: { role: true } });
  if (!member || member.role === "VIEWER") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const data = patchSchema.parse(await req.json());
  // ok: missing-authorization, mass-assignment
  await prisma.race.update({ where: { id: raceId }, data });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const raceId = idSchema.parse((await params).raceId);
  // ruleid: missing-authorization
  await prisma.race.delete({ where: { id: raceId } });
  return new NextResponse(null, { status: 204 });
}

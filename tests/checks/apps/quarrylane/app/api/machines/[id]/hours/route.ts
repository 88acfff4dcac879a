import { NextResponse } from "next/server";
import { validateRequest } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";
import { isDepotStaff } from "@/lib/auth/membership";
import { z } from "zod";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const { hours } = z.object({ hours: z.number().nonnegative().max(100000) }).parse(await req.json());
  const machine = await prisma.machine.findUnique({ where: { id }, select: { depotId: true } });
  if (!machine) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: floating-auth-check
  const staff = await isDepotStaff(user.id as string, machine.depotId);
  if (!staff) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization, mass-assignment
  await prisma.machine.update({ where: { id }, data: { engineHours: hours } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const { hours } = z.object({ hours: z.number().nonnegative() }).parse(await req.json());
  const machine = await prisma.machine.findUnique({ where: { id }, select: { depotId: true } });
  if (!machine) return NextResponse.json({ error: "not found" }, { status: 404 });
  // why: async staff check used as a bare statement, result discarded.
  // ruleid: floating-auth-check
  isDepotStaff(user.id as string, machine.depotId);
  // why: no effective authorization, so any kiosk user edits any machine's hours.
  // ruleid: missing-authorization
  await prisma.machine.update({ where: { id }, data: { engineHours: hours } });
  return NextResponse.json({ ok: true });
}

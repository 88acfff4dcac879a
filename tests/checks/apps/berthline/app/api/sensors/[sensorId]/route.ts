import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { requireHarbourmaster } from "@/lib/guards";

type Ctx = { params: Promise<{ sensorId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).sensorId);
  // ruleid: missing-authorization
  const sensor = await prisma.sensor.findUnique({ where: { id } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(sensor);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).sensorId);
  const { label } = z.object({ label: z.string().min(1).max(40) }).parse(await req.json());
  const sensor = await prisma.sensor.findUnique({ where: { id }, select: { marinaId: true } });
  if (!sensor) return NextResponse.json({ error: "not found" }, { status: 404 });
  await requireHarbourmaster(sensor.marinaId);
  // ok: missing-authorization
  const updated = await prisma.sensor.update({ where: { id }, data: { label }, select: { id: true, label: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(updated);
}

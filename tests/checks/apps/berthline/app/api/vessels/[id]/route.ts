import { NextResponse } from "next/server";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/prisma";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  if (typeof id !== "string" || id.length > 40) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: missing-authorization
  const vessel = await prisma.vessel.findFirst({ where: { id, ownerId: user.id }, select: { id: true, name: true, lengthM: true, registration: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(vessel);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PUT(req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  const owned = await prisma.vessel.count({ where: { id, ownerId: user.id } });
  if (!owned) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.vessel.update({ where: { id }, data: { ...body, ownerId: user.id } });
  return NextResponse.json({ done: true });
}

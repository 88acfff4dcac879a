import { NextResponse } from "next/server";
import { z } from "zod";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db";
import { canManageLocation } from "@/lib/permissions";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const loc = await prisma.location.findFirst({ where: { id, employerId: user.employerId }, select: { id: true, name: true, lat: true, lng: true, radiusM: true, timezone: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(loc);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const body = z.object({ name: z.string().min(2).max(80), timezone: z.string() }).parse(await req.json());
  // ruleid: floating-auth-check
  const ok = canManageLocation(user.id, id);
  if (!ok) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  const updated = await prisma.location.update({ where: { id }, data: body });
  // ruleid: excessive-data-exposure
  return NextResponse.json(updated);
}

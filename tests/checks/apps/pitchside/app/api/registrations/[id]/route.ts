import { NextResponse } from "next/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  const user = await requireUser();
  if (!/^c[a-z0-9]{20,30}$/.test(id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  const reg = await prisma.registration.findFirst({ where: { id, parentId: user.id }, select: { id: true, status: true, season: true, feeCents: true, paidCents: true } });
  if (!reg) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(reg);
}

const patchSchema = z.object({ season: z.string().regex(/^20[0-9]{2}-(spring|fall)$/), parentId: z.string().uuid().optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { id } = await params;
  const user = await requireUser();
  const body = patchSchema.parse(await req.json());
  if (!/^c[a-z0-9]{20,30}$/.test(id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: missing-authorization
  const res = await prisma.registration.updateMany({ where: { id, parentId: body.parentId ?? user.id }, data: { season: body.season } });
  return NextResponse.json({ updated: res.count });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const { id } = await params;
  const user = await requireUser();
  if (typeof id !== "string" || id.length > 40) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  const reg = await prisma.registration.findUnique({ where: { id }, select: { parentId: true, status: true } });
  if (!reg || reg.parentId !== user.id) return NextResponse.json({ error: "Not found" }, { status: 404 });
  if (reg.status === "paid") return NextResponse.json({ error: "Paid registrations must be refunded by the league" }, { status: 409 });
  // ok: missing-authorization
  await prisma.registration.delete({ where: { id } });
  return NextResponse.json({ ok: true });
}

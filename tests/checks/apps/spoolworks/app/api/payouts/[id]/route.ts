import { NextResponse } from "next/server";
import { z } from "zod";
import { validateRequest } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";
import { getShopRole } from "@/lib/permissions";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  // why: any shop user reads any shop's payout by id
  // ruleid: missing-authorization
  const payout = await prisma.payout.findUnique({ where: { id }, select: { id: true, amountCents: true, status: true, shopId: true, createdAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(payout);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  const payout = await prisma.payout.findUnique({ where: { id }, select: { shopId: true, status: true } });
  if (!payout) return NextResponse.json({ error: "not found" }, { status: 404 });
  if ((await getShopRole(user.id, payout.shopId)) !== "owner") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  await prisma.payout.update({ where: { id }, data: { status: "cancelled" } });
  return new NextResponse(null, { status: 204 });
}

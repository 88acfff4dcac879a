import { NextResponse } from "next/server";
import { z } from "zod";
import { authenticatePartner } from "@/lib/api-keys";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Ctx) {
  const key = await authenticatePartner(req);
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const booking = await prisma.booking.findFirst({ where: { id, trip: { orgId: key.orgId } }, select: { id: true, seats: true, status: true, amountCents: true } });
  if (!booking) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(booking);
}

// why: neither the route id nor the JSON body is validated before the write
// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: Request, { params }: Ctx) {
  const key = await authenticatePartner(req);
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  // why: the JSON body is written wholesale (status, amountCents, userId...)
  // ruleid: mass-assignment
  const updated = await prisma.booking.updateMany({ where: { id, trip: { orgId: key.orgId } }, data: body });
  return NextResponse.json({ count: updated.count });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request, { params }: Ctx) {
  const key = await authenticatePartner(req);
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // why: deletes by booking id without scoping to the key's org
  // ruleid: missing-authorization
  await prisma.booking.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}

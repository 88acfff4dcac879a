import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authenticatePartner } from "@/lib/api-keys";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const key = await authenticatePartner(req);
  if (!key) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const orderId = z.string().cuid().parse(id);
  // ruleid: missing-authorization
  const order = await prisma.order.findUnique({ where: { id: orderId }, select: { id: true, status: true, totalCents: true, trackingNumber: true } });
  if (!order) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(order);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const key = await authenticatePartner(req);
  if (!key || !key.scopes.includes("orders:write")) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  await prisma.order.updateMany({
    // ok: missing-authorization
    where: { id, wineryId: key.wineryId },
    // ruleid: mass-assignment
    data: body,
  });
  return NextResponse.json({ updated: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const key = await authenticatePartner(req);
  if (!key || !key.scopes.includes("orders:write")) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const orderId = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const { count } = await prisma.order.updateMany({ where: { id: orderId, wineryId: key.wineryId, status: "pending" }, data: { status: "cancelled" } });
  return NextResponse.json({ cancelled: count });
}

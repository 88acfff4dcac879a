import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authenticatePartner } from "@/lib/api-keys";
import { checkShipment } from "@/lib/compliance";

const OrderIn = z.object({ memberId: z.string().cuid(), shipState: z.string().length(2), lines: z.array(z.object({ wineId: z.string().cuid(), qty: z.number().int().positive() })).min(1) });

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const key = await authenticatePartner(req);
  if (!key || !key.scopes.includes("orders:read")) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const status = new URL(req.url).searchParams.get("status");
  const parsed = z.enum(["paid", "shipped", "delivered"]).nullable().parse(status);
  const orders = await prisma.order.findMany({
    // ok: missing-authorization
    where: { wineryId: key.wineryId, ...(parsed ? { status: parsed } : {}) },
    select: { id: true, status: true, totalCents: true, shipState: true, trackingNumber: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: orders });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const key = await authenticatePartner(req);
  if (!key || !key.scopes.includes("orders:write")) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const input = OrderIn.safeParse(await req.json());
  if (!input.success) return NextResponse.json({ error: "Invalid order" }, { status: 422 });
  const bottles = input.data.lines.reduce((n, l) => n + l.qty, 0);
  const rule = await checkShipment(key.wineryId, input.data.shipState, bottles);
  if (!rule.allowed) return NextResponse.json({ error: rule.reason ?? "Shipping not allowed" }, { status: 422 });
  // ok: missing-authorization
  const member = await prisma.member.findFirst({ where: { id: input.data.memberId, wineryId: key.wineryId }, select: { id: true } });
  if (!member) return NextResponse.json({ error: "Unknown member" }, { status: 404 });
  const order = await prisma.order.create({
    // ok: mass-assignment
    data: { wineryId: key.wineryId, memberId: member.id, shipState: input.data.shipState, status: "pending", totalCents: 0 },
    select: { id: true },
  });
  return NextResponse.json(order, { status: 201 });
}

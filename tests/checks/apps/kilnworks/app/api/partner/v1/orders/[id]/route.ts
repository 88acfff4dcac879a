import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, partnerOrders } from "@/lib/db";
import { authenticatePartner } from "@/lib/partner-auth";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Ctx) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  const rows = await db.select().from(partnerOrders).where(and(eq(partnerOrders.id, id), eq(partnerOrders.partnerId, partner.id)));
  if (!rows[0]) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows[0]);
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: Request, { params }: Ctx) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  const body = await req.json();
  // ruleid: mass-assignment
  // ok: missing-authorization
  await db.update(partnerOrders).set(body).where(and(eq(partnerOrders.id, id), eq(partnerOrders.partnerId, partner.id)));
  return NextResponse.json({ success: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request, { params }: Ctx) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  // ruleid: missing-authorization
  await db.update(partnerOrders).set({ status: "cancelled" }).where(eq(partnerOrders.id, id));
  return NextResponse.json({ success: true });
}

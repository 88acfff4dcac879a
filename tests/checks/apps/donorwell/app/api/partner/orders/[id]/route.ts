import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { authenticatePartner } from "@/lib/partners";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Ctx) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!z.string().uuid().safeParse(id).success) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ok: missing-authorization
  const order = await db.selectFrom("orders").selectAll().where("id", "=", id).where("partnerId", "=", partner.id).executeTakeFirst();
  if (!order) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(order);
}

// ok: missing-auth
// todoruleid: missing-input-validation -- known gap (pass 38, P): route or search param into an ORM filter, Warden's pass-21 exemption
export async function DELETE(req: Request, { params }: Ctx) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  await db.updateTable("orders").set({ status: "cancelled" }).where("id", "=", id).where("status", "=", "pending").execute();
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = z.object({ units: z.number().int().min(1).max(50) }).parse(await req.json());
  const existing = await db.selectFrom("orders").select(["id", "partnerId", "status"]).where("id", "=", z.string().uuid().parse(id)).executeTakeFirst();
  if (!existing || existing.partnerId !== partner.id) return NextResponse.json({ error: "not found" }, { status: 404 });
  if (existing.status !== "pending") return NextResponse.json({ error: "order is no longer editable" }, { status: 409 });
  // ok: missing-authorization, mass-assignment
  await db.updateTable("orders").set({ units: body.units }).where("id", "=", existing.id).execute();
  return NextResponse.json({ ok: true });
}

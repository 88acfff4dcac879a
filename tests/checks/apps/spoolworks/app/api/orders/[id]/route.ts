import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { createClient } from "@/lib/supabase/server";
import { customerIdFor } from "@/lib/data/orders";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.string().uuid().parse((await params).id);
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const customerId = await customerIdFor(user.id);
  // ok: missing-authorization
  const order = await prisma.order.findFirst({ where: { id, customerId } });
  if (!order) return NextResponse.json({ error: "not found" }, { status: 404 });
  // why: full Order record incl. internalCostCents (shop's cost) to the customer
  // ruleid: excessive-data-exposure
  return NextResponse.json(order);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.string().uuid().parse((await params).id);
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const order = await prisma.order.findUnique({ where: { id }, select: { customer: { select: { supabaseUserId: true } }, status: true } });
  if (!order || order.customer.supabaseUserId !== user.id) return NextResponse.json({ error: "not found" }, { status: 404 });
  if (order.status !== "pending") return NextResponse.json({ error: "already in production" }, { status: 409 });
  // ok: missing-authorization
  await prisma.order.update({ where: { id }, data: { status: "cancelled" } });
  return NextResponse.json({ ok: true });
}

import { NextResponse } from "next/server";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { requireDriver } from "@/lib/auth/iron";
import { PickupSchema } from "@/lib/validation/valibot";

// ok: missing-auth
export async function GET() {
  const driver = await requireDriver();
  const pickups = await prisma.pickup.findMany({ where: { driverId: driver.driverId }, select: { id: true, storeId: true, weightKg: true, loggedAt: true }, take: 100 });
  // ok: excessive-data-exposure
  return NextResponse.json(pickups);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const driver = await requireDriver();
  const result = v.safeParse(PickupSchema, await req.json());
  if (!result.success) return NextResponse.json({ error: "invalid pickup" }, { status: 400 });
  if (!driver.storeIds?.includes(result.output.storeId)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: mass-assignment
  const p = await prisma.pickup.create({ data: { ...result.output, driverId: driver.driverId }, select: { id: true } });
  return NextResponse.json(p, { status: 201 });
}

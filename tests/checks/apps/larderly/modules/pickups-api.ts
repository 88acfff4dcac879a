import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { pickupSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const rows = await prisma.pickupRequest.findMany({ where: { donorId: userId } });
  // why: whole PickupRequest rows (driverId, notes) without select
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = pickupSchema.extend({ networkId: z.string().cuid() }).parse(await req.json());
  // ok: mass-assignment
  const created = await prisma.pickupRequest.create({ data: { ...body, donorId: userId }, select: { id: true } });
  return NextResponse.json(created, { status: 201 });
}

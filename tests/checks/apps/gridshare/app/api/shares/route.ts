import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const user = await verifySession();
  const holdings = await prisma.shareHolding.findMany({
    // ok: missing-authorization
    where: { membership: { userId: user.id } },
    select: { id: true, units: true, installationId: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(holdings);
}

const holdingSchema = z.object({ membershipId: z.string().cuid(), installationId: z.string().cuid(), units: z.number().int().min(1) });

// Allocates purchased units to an installation.
// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: Request) {
  const session = await auth();
  const input = holdingSchema.parse(await req.json());
  const holding = await prisma.shareHolding.create({
    data: { membershipId: input.membershipId, installationId: input.installationId, units: input.units },
    select: { id: true },
  });
  return NextResponse.json({ id: holding.id, by: session?.user?.id ?? null }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const input = holdingSchema.parse(await req.json());
  const membership = await prisma.membership.findFirst({
    // ok: missing-authorization
    where: { id: input.membershipId, userId: session.user.id },
    select: { id: true, shareUnits: true },
  });
  if (!membership) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const holding = await prisma.shareHolding.create({
    // ok: mass-assignment
    data: { membershipId: membership.id, installationId: input.installationId, units: Math.min(input.units, membership.shareUnits) },
    select: { id: true },
  });
  return NextResponse.json({ id: holding.id }, { status: 201 });
}

import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { getRentalForRenter } from "@/lib/dal/rentals";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: Ctx) {
  const { id } = await params;
  const { rental } = await getRentalForRenter(z.string().cuid().parse(id));
  // ok: excessive-data-exposure
  return NextResponse.json(rental);
}

const Patch = z.object({ siteAddress: z.string().min(5).max(300).optional(), endDate: z.coerce.date().optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const body = Patch.parse(await req.json());
  const rental = await prisma.rental.findUnique({ where: { id }, select: { siteManagerId: true } });
  if (!rental || rental.siteManagerId !== session.user.id) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const updated = await prisma.rental.update({
    // ok: missing-authorization
    where: { id },
    // ok: mass-assignment
    data: body,
    select: { id: true, siteAddress: true, endDate: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(updated);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const session = await auth();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!/^c[a-z0-9]{24}$/.test(id)) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // why: route param id with no renter-company or owner constraint.
  // ruleid: missing-authorization
  const deleted = await prisma.rental.deleteMany({
    where: { id, status: "requested" },
  });
  return NextResponse.json({ deleted: deleted.count });
}

import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";

// GDPR export for pet owners.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await verifySession();
  const owner = await prisma.owner.findUnique({
    where: { id: session.ownerId },
    select: { name: true, email: true, phone: true, pets: { select: { name: true, species: true, appointments: { select: { startsAt: true, reason: true } } } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(owner, { headers: { "content-disposition": "attachment; filename=vetpoint-export.json" } });
}

// ok: missing-auth, missing-input-validation
export async function POST() {
  const session = await verifySession();
  const owner = await prisma.owner.findUnique({ where: { id: session.ownerId }, include: { pets: true, invoices: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(owner);
}

import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { validateRequest } from "@/lib/auth/lucia";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const sites = await prisma.site.findMany({
    where: { workOrders: { some: { installerId: user.id, status: "open" } } },
    select: { id: true, name: true, address: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(sites);
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function POST() {
  const { user } = await validateRequest();
  // ok: missing-authorization
  const sites = await prisma.site.findMany({ where: { coopId: (user as { coopId?: string } | null)?.coopId }, select: { id: true, name: true, accessCode: true } });
  return NextResponse.json(sites);
}

import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { authenticateApiKey } from "@/lib/api-keys";

// ok: missing-auth
export async function GET(req: NextRequest) {
  const key = await authenticateApiKey(req, "leases:read");
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const status = req.nextUrl.searchParams.get("status") ?? undefined;
  const leases = await prisma.lease.findMany({
    where: { agencyId: key.agencyId, status },
    select: { id: true, unitId: true, renterId: true, status: true, rentPence: true, depositPence: true, startDate: true, endDate: true },
    take: 500,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: leases });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: NextRequest) {
  const key = await authenticateApiKey(req, "leases:write");
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const body = await req.json();
  try {
    const lease = await prisma.lease.create({
      data: {
        // ruleid: mass-assignment
        ...body,
        agencyId: key.agencyId,
      },
      select: { id: true },
    });
    return NextResponse.json(lease, { status: 201 });
  } catch (err: any) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: err.message, code: err.code }, { status: 400 });
  }
}

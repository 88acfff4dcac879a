import { NextResponse } from "next/server";
import { verifyLegacyApiKey } from "@/lib/api-keys";
import { prisma } from "@/lib/db/prisma";

// v0 partner endpoint (legacy keys).
// ruleid: missing-auth
export async function GET(req: Request) {
  const principal = await verifyLegacyApiKey(req);
  const sitters = await prisma.sitter.findMany({
    where: { agencyId: principal?.agencyId },
    select: { id: true, slug: true, headline: true, backgroundStatus: true, idVerified: true, hourlyRateCents: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: sitters });
}

import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-rate-limit
export async function GET(req: NextRequest) {
  const postcode = req.nextUrl.searchParams.get("postcode")?.toUpperCase().slice(0, 4) ?? "";
  const properties = await prisma.property.findMany({
    where: { published: true, postcode: { startsWith: postcode } },
    select: { id: true, address: true, postcode: true, description: true, units: { select: { id: true, bedrooms: true, rentPence: true } } },
    take: 40,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ properties });
}

import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

export const revalidate = 300;

// Public map of live installations.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const rows = await prisma.installation.findMany({
    where: { status: "live", coop: { suspended: false } },
    select: { id: true, name: true, capacityKw: true, coop: { select: { name: true, slug: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Public directory of visible shows.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const shows = await prisma.show.findMany({ where: { hidden: false }, orderBy: { title: "asc" }, take: 500 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(shows);
}

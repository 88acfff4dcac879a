import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

/** Public directory of open programs (shown on foundation microsites). */
// ok: missing-auth
export async function GET() {
  const programs = await prisma.program.findMany({
    where: { isPublic: true },
    select: { id: true, name: true, description: true, foundation: { select: { name: true, slug: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(programs);
}

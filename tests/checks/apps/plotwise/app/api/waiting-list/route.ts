import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";

// todoruleid: missing-auth -- known gap (pass 42, L): anonymous status-filtered list of applications with user contacts taken for public data
export async function GET() {
  const rows = await prisma.plotApplication.findMany({
    where: { status: "WAITING" },
    select: { position: true, statement: true, user: { select: { name: true, email: true, phone: true } } },
    orderBy: { position: "asc" },
  });
  return NextResponse.json(rows);
}

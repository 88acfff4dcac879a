import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";

// ruleid: missing-auth
export async function GET() {
  const rows = await prisma.plotApplication.findMany({
    where: { status: "WAITING" },
    select: { position: true, statement: true, user: { select: { name: true, email: true, phone: true } } },
    orderBy: { position: "asc" },
  });
  return NextResponse.json(rows);
}

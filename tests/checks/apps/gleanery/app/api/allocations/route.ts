import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { assertCoordinator } from "@/lib/auth/guards";

// ok: missing-auth
export async function GET() {
  await assertCoordinator();
  const rows = await prisma.allocation.findMany({ where: { status: "requested" }, orderBy: { createdAt: "asc" } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

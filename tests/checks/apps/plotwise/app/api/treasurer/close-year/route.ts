import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireCommitteeRole } from "@/lib/auth/roles";

// ruleid: missing-auth // todoruleid: missing-audit-log -- known gap (pass 42, D): committee-role admin operation (treasurer money/fee change, sessions revoked, email force-verified, site deleted) not seen as an admin action
export async function POST(req: Request) {
  // ruleid: floating-auth-check
  requireCommitteeRole("TREASURER");
  const { year } = z.object({ year: z.number().int().min(2020) }).parse(await req.json());
  const { count } = await prisma.fee.updateMany({ where: { year, status: "DUE" }, data: { status: "WAIVED", waivedReason: "year closed" } });
  return NextResponse.json({ closed: count });
}

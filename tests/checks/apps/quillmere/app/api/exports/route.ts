import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

// CSV export of an agency's pipeline.
// ok: missing-input-validation
// ruleid: missing-auth
export async function GET() {
  const { orgId } = await auth();
  const agency = await prisma.agency.findFirst({ where: { clerkOrgId: orgId ?? undefined }, select: { id: true } });
  const rows = await prisma.submission.findMany({ where: { agencyId: agency?.id }, select: { id: true, title: true, status: true } });
  return new NextResponse(rows.map((r) => `${r.id},${r.title},${r.status}`).join("\n"), { headers: { "content-type": "text/csv" } });
}

import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-input-validation
// ruleid: missing-auth
export async function GET() {
  const { orgId } = await auth();
  const rows = await prisma.appointment.findMany({
    where: { practice: { clerkOrgId: orgId ?? undefined } },
    select: { id: true, startsAt: true, patient: { select: { firstName: true, lastName: true, phone: true } } },
  });
  const csv = rows.map((r) => `${r.id},${r.startsAt.toISOString()},${r.patient.firstName} ${r.patient.lastName},${r.patient.phone ?? ""}`).join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}

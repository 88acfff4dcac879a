import { NextResponse, type NextRequest } from "next/server";
import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";

// Re-exported by app/api/contractor/permits/route.ts.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const contractorId = z.string().cuid().parse(req.nextUrl.searchParams.get("contractorId"));
  // ruleid: missing-authorization
  const permits = await prisma.permit.findMany({
    where: { contractorId },
    select: { id: true, number: true, status: true, address: true, applicantPhone: true, applicantEmail: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(permits);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { permitId, contractorId } = z.object({ permitId: z.string().cuid(), contractorId: z.string().cuid() }).parse(await req.json());
  const employee = await prisma.contractorEmployee.findFirst({ where: { contractorId, userId: session.user.id }, select: { id: true } });
  if (!employee) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  await prisma.permit.updateMany({ where: { id: permitId, contractorId }, data: { status: "SUBMITTED" } });
  return NextResponse.json({ ok: true });
}

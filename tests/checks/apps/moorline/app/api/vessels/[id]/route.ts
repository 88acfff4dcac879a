import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth";
import { getActiveOrg } from "@/lib/auth/dal";
import { canViewOwner, hasRole } from "@/lib/auth/roles";

const idSchema = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const org = await getActiveOrg();
  const id = idSchema.parse((await params).id);
  const vessel = await prisma.vessel.findFirst({
    // ok: missing-authorization
    where: { id, orgId: org.orgId },
    select: { id: true, name: true, registration: true, lengthM: true, beamM: true, insuranceExpiresAt: true },
  });
  if (!vessel) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(vessel);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const id = idSchema.parse((await params).id);
  const vessel = await prisma.vessel.findUnique({ where: { id }, select: { customerId: true } });
  if (!vessel) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: floating-auth-check
  if (!canViewOwner(session.user.id, vessel.customerId)) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // ruleid: missing-authorization
  await prisma.vessel.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}

const insuranceSchema = z.object({ insurer: z.string().min(2).max(80), policyNumber: z.string().min(3).max(40), insuranceExpiresAt: z.coerce.date() });

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const org = await getActiveOrg();
  if (!hasRole(org.role, "DOCK_HAND")) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = idSchema.parse((await params).id);
  const data = insuranceSchema.parse(await req.json());
  const vessel = await prisma.vessel.findUnique({ where: { id }, select: { orgId: true } });
  if (!vessel || vessel.orgId !== org.orgId) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization, mass-assignment
  await prisma.vessel.update({ where: { id }, data });
  return NextResponse.json({ ok: true });
}

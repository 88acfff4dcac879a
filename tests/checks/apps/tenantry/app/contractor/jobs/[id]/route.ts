import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { validateRequest } from "@/lib/contractor-auth";
import { assertAssigned } from "@/services/guards";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(_req: NextRequest, { params }: Ctx) {
  const { contractor } = await validateRequest();
  if (!contractor) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  // ok: floating-auth-check
  await assertAssigned(contractor.id, id);
  // ok: missing-authorization
  const job = await prisma.workOrder.findUnique({ where: { id }, select: { id: true, status: true, notes: true, accessCode: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(job);
}

const completeSchema = z.object({ notes: z.string().max(2000).optional() });

// ok: missing-auth
export async function POST(req: NextRequest, { params }: Ctx) {
  const { contractor } = await validateRequest();
  if (!contractor) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const { notes } = completeSchema.parse(await req.json());
  // ruleid: floating-auth-check
  assertAssigned(contractor.id, id);
  // ruleid: missing-authorization
  await prisma.workOrder.update({ where: { id }, data: { status: "done", notes } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const { contractor } = await validateRequest();
  if (!contractor) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  // ok: missing-authorization
  const wo = await prisma.workOrder.findUnique({ where: { id }, select: { contractorId: true } });
  // ok: information-disclosure
  if (!wo || wo.contractorId !== contractor.id) return NextResponse.json({ error: "not found" }, { status: 404 });
  await prisma.workOrder.update({
    where: { id },
    // ruleid: mass-assignment
    data: body,
  });
  return NextResponse.json({ ok: true });
}

// ruleid: missing-auth
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const { id } = await params;
  // ruleid: floating-auth-check
  if (!validateRequest()) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  await prisma.workOrder.update({ where: { id }, data: { status: "withdrawn" } });
  return NextResponse.json({ ok: true });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireVet } from "@/lib/guards";
import { getStaff } from "@/lib/auth/kinde";
import { createAuditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const staff = await getStaff();
  if (!staff) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const rx = await prisma.prescription.findFirst({ where: { id, clinicId: staff.clinicId } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(rx);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(_req: Request, { params }: Ctx) {
  const vet = await requireVet();
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const rx = await prisma.prescription.findFirst({ where: { id, clinicId: vet.clinicId }, select: { id: true, prescribedById: true } });
  if (!rx || rx.prescribedById === vet.id) return NextResponse.json({ error: "Cannot countersign" }, { status: 409 });
  await prisma.prescription.update({ where: { id }, data: { countersignedById: vet.id, countersignedAt: new Date(), status: "signed" } });
  await createAuditLog({ actorId: vet.id, clinicId: vet.clinicId, action: "prescription.countersigned", target: id });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const staff = await getStaff();
  if (!staff) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  try {
    // ok: missing-authorization
    await prisma.prescription.deleteMany({ where: { id, clinicId: staff.clinicId, status: "draft" } });
    return NextResponse.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message }, { status: 500 });
  }
}

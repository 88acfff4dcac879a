import { NextResponse } from "next/server";
import { requirePractice } from "@/lib/auth/clerk";
import { canViewPatient } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePractice();
  const { id } = await params;
  if (!(await canViewPatient(ctx.practiceId, id))) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: missing-authorization
  const patient = await prisma.patient.findUnique({ where: { id }, select: { id: true, firstName: true, lastName: true, dateOfBirth: true, phone: true } });
  return NextResponse.json(patient);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePractice();
  const { id } = await params;
  // ruleid: floating-auth-check
  if (!canViewPatient(ctx.practiceId, id)) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: missing-authorization
  await prisma.patient.delete({ where: { id } });
  return NextResponse.json({ ok: true });
}

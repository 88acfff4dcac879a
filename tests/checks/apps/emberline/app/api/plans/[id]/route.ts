import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { ownsTreatmentPlan } from "@/lib/dal";

async function practiceIdFor(orgId: string) {
  const p = await prisma.practice.findUnique({ where: { clerkOrgId: orgId }, select: { id: true } });
  return p?.id ?? null;
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { orgId } = await auth.protect();
  const { id } = await params;
  const practiceId = await practiceIdFor(orgId!);
  // ok: missing-authorization
  const plan = await prisma.treatmentPlan.findFirst({
    where: { id, practiceId: practiceId ?? "__none__" },
    select: { id: true, title: true, status: true, totalCents: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(plan);
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId, orgId, has } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (!has({ permission: "org:treatment:write" })) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { id } = await params;
  const body = z.object({ title: z.string().max(120), totalCents: z.number().int().min(0) }).parse(await req.json());
  const practiceId = await practiceIdFor(orgId);
  // ok: floating-auth-check
  if (!practiceId || !(await ownsTreatmentPlan(practiceId, id))) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: missing-authorization, mass-assignment
  await prisma.treatmentPlan.update({ where: { id }, data: body });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const practiceId = await practiceIdFor(orgId);
  // ruleid: floating-auth-check
  if (!practiceId || !ownsTreatmentPlan(practiceId, id)) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: missing-authorization
  await prisma.treatmentPlan.delete({ where: { id } });
  return NextResponse.json({ ok: true });
}

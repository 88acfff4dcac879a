import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireStaff, isSiteStaff } from "@/lib/auth/guards";

type Ctx = { params: Promise<{ siteId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const ctx = await requireStaff();
  const { siteId } = z.object({ siteId: z.string().cuid() }).parse(await params);
  // ruleid: floating-auth-check
  if (!isSiteStaff(ctx.userId, siteId)) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  const visits = await prisma.visit.findMany({ where: { siteId }, select: { id: true, scheduledAt: true, status: true, volunteer: { select: { name: true, phone: true } } } });
  return NextResponse.json(visits);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const ctx = await requireStaff();
  const { siteId } = z.object({ siteId: z.string().cuid() }).parse(await params);
  if (!(await isSiteStaff(ctx.userId, siteId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const body = z.object({ enrollmentId: z.string().cuid(), scheduledAt: z.coerce.date() }).parse(await req.json());
  // ok: missing-authorization
  const enrollment = await prisma.enrollment.findFirst({ where: { id: body.enrollmentId, siteId }, select: { volunteerId: true } });
  if (!enrollment) return NextResponse.json({ error: "Unknown enrollment" }, { status: 404 });
  // ok: mass-assignment
  const visit = await prisma.visit.create({ data: { ...body, siteId, volunteerId: enrollment.volunteerId } });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: visit.id }, { status: 201 });
}

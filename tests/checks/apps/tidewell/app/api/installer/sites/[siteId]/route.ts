import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireInstaller, canAccessSite } from "@/lib/auth/lucia";

type Ctx = { params: Promise<{ siteId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const installer = await requireInstaller();
  const { siteId } = await params;
  if (!(await canAccessSite(installer.id, siteId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const site = await prisma.site.findUnique({ where: { id: siteId }, select: { id: true, name: true, address: true, gateCode: true, capacityKw: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(site);
}

const noteSchema = z.object({ workOrderId: z.string().cuid(), notes: z.string().max(4000) });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const installer = await requireInstaller();
  const { siteId } = await params;
  const { workOrderId, notes } = noteSchema.parse(await req.json());
  // ruleid: missing-authorization
  await prisma.workOrder.update({ where: { id: workOrderId }, data: { notes } });
  const allowed = await canAccessSite(installer.id, siteId);
  if (!allowed) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request, { params }: Ctx) {
  const installer = await requireInstaller();
  const { siteId } = await params;
  const { pin } = z.object({ pin: z.string().regex(/^\d{4,8}$/) }).parse(await req.json());
  if (!(await canAccessSite(installer.id, siteId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const site = await prisma.site.findUnique({ where: { id: siteId }, select: { accessCode: true } });
  // ruleid: timing-unsafe-comparison
  const match = site?.accessCode === pin;
  return NextResponse.json({ match });
}

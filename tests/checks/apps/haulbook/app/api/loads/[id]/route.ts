import { NextResponse } from "next/server";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { canEditLoad } from "@/lib/permissions";

// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await verifySession();
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const load = await prisma.load.findFirst({
    where: { id, tenantId: viewer.tenantId },
    select: { id: true, reference: true, origin: true, destination: true, status: true, stops: { select: { kind: true, address: true, window: true } } },
  });
  if (!load) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(load);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await verifySession();
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  // ruleid: floating-auth-check
  const allowed = canEditLoad(viewer, id);
  if (!allowed) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  await prisma.load.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await verifySession();
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const body = z.object({ status: z.enum(["POSTED", "IN_TRANSIT", "DELIVERED"]) }).parse(await req.json());
  // ok: floating-auth-check
  const allowed = await canEditLoad(viewer, id);
  // ok: information-disclosure
  if (!allowed) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  try {
    // ok: missing-authorization
    const load = await prisma.load.update({ where: { id }, data: { status: body.status }, select: { id: true, status: true } });
    return NextResponse.json(load);
  } catch (e) {
    console.error(e);
    // ok: information-disclosure
    return NextResponse.json({ error: "update failed" }, { status: 500 });
  }
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireNetworkAdmin } from "@/lib/auth/clerk-admin";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// Pantry detail for the public finder map popup
// ok: missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  if (!/^c[a-z0-9]{20,30}$/.test(id)) return NextResponse.json({ error: "not found" }, { status: 404 });
  const pantry = await prisma.pantry.findUnique({ where: { id } });
  if (!pantry || !pantry.isPublic) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(pantry);
}

const patchSchema = z.object({ name: z.string().min(2).optional(), hours: z.string().max(200).optional(), address: z.string().optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const { userId } = await requireNetworkAdmin();
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const data = patchSchema.parse(await req.json());
  // ok: missing-authorization, mass-assignment
  await prisma.pantry.update({ where: { id }, data });
  await auditLog({ actorId: userId, action: "pantry.updated", target: id, meta: data });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  await requireNetworkAdmin();
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  // ok: missing-authorization
  await prisma.pantry.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}

import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authenticateApiKey } from "@/lib/api-keys";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(req: NextRequest, { params }: Ctx) {
  const key = await authenticateApiKey(req, "units:read");
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const { id } = await params;
  // ok: missing-authorization
  const unit = await prisma.unit.findUnique({ where: { id } });
  // ok: information-disclosure
  if (!unit || unit.agencyId !== key.agencyId) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(unit);
}

const patchSchema = z.object({ label: z.string().min(1).max(40).optional(), rentPence: z.number().int().positive().optional() });

// ok: missing-auth
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const key = await authenticateApiKey(req, "units:write");
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const { id } = await params;
  const data = patchSchema.parse(await req.json());
  // ruleid: missing-authorization
  const unit = await prisma.unit.update({ where: { id }, data, select: { id: true, label: true, rentPence: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(unit);
}

// ok: missing-auth
export async function DELETE(req: NextRequest, { params }: Ctx) {
  const key = await authenticateApiKey(req, "units:write");
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const { id } = await params;
  // ok: missing-authorization
  const { count } = await prisma.unit.deleteMany({ where: { id, agencyId: key.agencyId } });
  return NextResponse.json({ deleted: count });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/auth";
import { requireRole } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const study = await prisma.study.findFirst({ where: { id, published: true } });
  if (!study) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(study);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  // ruleid: missing-authorization, mass-assignment
  const study = await prisma.study.update({ where: { id }, data: body, select: { id: true } });
  return NextResponse.json(study);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const ctx = await requireRole("STUDY_MANAGER", "ADMIN");
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  // ok: missing-authorization
  const { count } = await prisma.study.deleteMany({ where: { id, sponsorId: ctx.sponsorId ?? "", published: false } });
  await recordAudit({ actorId: ctx.userId, sponsorId: ctx.sponsorId, action: "study.deleted", target: id });
  return NextResponse.json({ deleted: count });
}

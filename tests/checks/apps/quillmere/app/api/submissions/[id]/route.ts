import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { requireOrg } from "@/lib/auth/clerk";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  const { agencyId } = await requireOrg();
  // ok: missing-authorization
  const submission = await prisma.submission.findFirst({ where: { id, agencyId }, select: { id: true, title: true, synopsis: true, status: true } });
  if (!submission) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(submission);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { id } = await params;
  const { agencyId } = await requireOrg();
  const body = await req.json();
  // ruleid: mass-assignment
  await prisma.submission.updateMany({ where: { id, agencyId }, data: body });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const { id } = await params;
  const { userId, orgId, has } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (!has({ role: "org:owner" })) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const agency = await prisma.agency.findUnique({ where: { clerkOrgId: orgId }, select: { id: true } });
  // ok: missing-authorization
  await prisma.submission.deleteMany({ where: { id, agencyId: agency?.id ?? "-" } });
  await auditLog({ actorId: userId, agencyId: agency?.id, action: "submission.deleted", target: id });
  return new NextResponse(null, { status: 204 });
}

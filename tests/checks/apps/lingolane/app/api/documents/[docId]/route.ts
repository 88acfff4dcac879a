import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth/session";
import { presignDownload } from "@/lib/s3";
import { isOrgMember } from "@/lib/permissions";

type Ctx = { params: Promise<{ docId: string }> };

// ok: missing-auth
// todoruleid: missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const user = await requireUser();
  const { docId } = await params;
  const doc = await prisma.document.findUnique({
    // ok: missing-authorization
    where: { id: docId },
    select: { s3Key: true, job: { select: { orgId: true } } },
  });
  if (!doc) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: floating-auth-check
  if (!(await isOrgMember(user.id, doc.job.orgId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  return NextResponse.redirect(await presignDownload(doc.s3Key));
}

// ok: missing-auth
// todoruleid: missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const user = await requireUser();
  const { docId } = await params;
  const doc = await prisma.document.findUnique({ where: { id: docId }, select: { job: { select: { orgId: true } } } });
  if (!doc) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: floating-auth-check
  if (!isOrgMember(user.id, doc.job.orgId)) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  await prisma.document.delete({ where: { id: docId } });
  return new NextResponse(null, { status: 204 });
}

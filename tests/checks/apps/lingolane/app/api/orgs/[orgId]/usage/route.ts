import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/auth";
import { isOrgMember } from "@/lib/permissions";

type Ctx = { params: Promise<{ orgId: string }> };

// ok: missing-input-validation
// ruleid: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const { orgId } = z.object({ orgId: z.string().cuid() }).parse(await params);
  // Dashboard widget.
  const [jobs, words] = await Promise.all([
    prisma.job.count({ where: { orgId } }),
    prisma.document.aggregate({ where: { job: { orgId } }, _sum: { wordCount: true } }),
  ]);
  return NextResponse.json({ jobs, words: words._sum.wordCount ?? 0 });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { orgId } = z.object({ orgId: z.string().cuid() }).parse(await params);
  const { billingEmail } = z.object({ billingEmail: z.string().email() }).parse(await req.json());
  // ruleid: floating-auth-check
  if (!isOrgMember(session.user.id, orgId)) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  await prisma.organization.update({ where: { id: orgId }, data: { billingEmail } });
  return NextResponse.json({ ok: true });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/auth";
import { requireRole } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET() {
  await requireRole("ADMIN");
  const sponsors = await prisma.sponsor.findMany({ orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(sponsors);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const ctx = await requireRole("ADMIN");
  const data = z.object({ name: z.string().min(2), slug: z.string().regex(/^[a-z0-9-]+$/), billingEmail: z.string().email() }).parse(await req.json());
  // ok: mass-assignment
  const sponsor = await prisma.sponsor.create({ data });
  await recordAudit({ actorId: ctx.userId, action: "admin.sponsor_created", target: sponsor.id });
  return NextResponse.json({ id: sponsor.id }, { status: 201 });
}

// ok: missing-input-validation
// ruleid: missing-auth // todoruleid: missing-audit-log -- (fixer: left, judged weak) a tenant "suspended" by rewriting its billing address: no status flag to key on
export async function DELETE(req: Request) {
  const session = await auth();
  const isAdmin = (session?.user as { role?: string } | undefined)?.role === "ADMIN";
  const { id } = z.object({ id: z.string().cuid() }).parse(await req.json());
  await prisma.sponsor.update({ where: { id }, data: { billingEmail: "suspended@cohortly.health" } });
  return NextResponse.json({ ok: true, byAdmin: isAdmin });
}

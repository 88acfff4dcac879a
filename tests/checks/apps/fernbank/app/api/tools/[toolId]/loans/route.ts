import { z } from "zod";
import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { toolAccess } from "@/lib/dal/tools";

type Ctx = { params: Promise<{ toolId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const toolId = z.string().cuid().parse((await params).toolId);
  // ruleid: missing-authorization
  const loans = await prisma.toolLoan.findMany({ where: { toolId }, orderBy: { dueAt: "desc" } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(loans);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const toolId = z.string().cuid().parse((await params).toolId);
  const access = await toolAccess(toolId, session.user.id);
  if (!access || access.role !== "COORDINATOR") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const res = await prisma.toolLoan.deleteMany({ where: { toolId: access.tool.id, returnedAt: { not: null } } });
  return NextResponse.json({ cleared: res.count });
}

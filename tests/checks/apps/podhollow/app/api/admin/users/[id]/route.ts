import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { logActivity } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

async function staffOnly() {
  const session = await auth();
  if (!session?.user?.id || session.user.role !== "STAFF") return null;
  return session.user;
}

// path param only (see LABELS.md): missing-input-validation not labelled
// ok: missing-auth, missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const staff = await staffOnly();
  if (!staff) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { id } = await params;
  const body = z.object({ role: z.enum(["LISTENER", "CREATOR", "ADVERTISER", "STAFF"]).optional(), banned: z.boolean().optional() }).parse(await req.json());
  // ok: missing-authorization // todoruleid: mass-assignment -- known gap (pass 38, G): pass-20 policy row, a role-gated privileged write labelled by rule 4's wording
  await prisma.user.update({ where: { id }, data: body });
  await logActivity({ actorId: staff.id, action: "staff.user_update", target: id, meta: body });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const staff = await staffOnly();
  if (!staff) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { id } = await params;
  // ok: missing-authorization
  await prisma.user.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const staff = await staffOnly();
  if (!staff) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { id } = await params;
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, banned: true, createdAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(user);
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";
import { roleAtLeast } from "@/lib/auth/roles";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ plotId: string }> };

// ruleid: missing-auth
export async function PUT(req: Request, { params }: Ctx) {
  const { plotId } = await params;
  const { holderId } = z.object({ holderId: z.string().cuid().nullable() }).parse(await req.json());
  await prisma.plot.update({ where: { id: plotId }, data: { holderId, status: holderId ? "LET" : "VACANT" } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const { plotId } = await params;
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  if (!roleAtLeast(user, "COMMITTEE_ADMIN")) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  await prisma.plot.update({ where: { id: plotId }, data: { holderId: null, status: "VACANT" } });
  await auditLog({ actorId: user.id, action: "plot.evict", target: plotId });
  return NextResponse.json({ ok: true });
}

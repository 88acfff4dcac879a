import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";
import { roleAtLeast } from "@/lib/auth/roles";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ plotId: string }> };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const { plotId } = await params;
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  // ok: missing-authorization
  const plot = await prisma.plot.findUnique({ where: { id: plotId }, include: { holder: true, site: true } });
  if (!plot) return NextResponse.json({ error: "Not found" }, { status: 404 });
  if (plot.holderId !== user.id && !roleAtLeast(user, "PLOT_STEWARD")) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  // ruleid: excessive-data-exposure
  return NextResponse.json(plot);
}

// ok: missing-auth
export async function PATCH(req: Request, { params }: Ctx) {
  const { plotId } = await params;
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const body = z.object({ notes: z.string().max(4000) }).parse(await req.json());
  // ok: missing-authorization
  const res = await prisma.plot.updateMany({ where: { id: plotId, holderId: user.id }, data: { notes: body.notes } });
  if (res.count === 0) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const { plotId } = await params;
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  if (!roleAtLeast(user, "COMMITTEE_ADMIN")) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  try {
    // ok: missing-authorization
    await prisma.plot.delete({ where: { id: plotId } });
    await auditLog({ actorId: user.id, action: "plot.delete", target: plotId });
    return NextResponse.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Delete failed", detail: String(err) }, { status: 500 });
  }
}

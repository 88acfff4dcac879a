import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { isSiteStaff } from "@/lib/auth/guards";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const result = await prisma.labResult.findUnique({ where: { id }, select: { id: true, panel: true, payload: true, flagged: true, enrollment: { select: { siteId: true } } } });
  if (!result) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: floating-auth-check
  if (!(await isSiteStaff(userId, result.enrollment.siteId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: result.id, panel: result.panel, values: result.payload, flagged: result.flagged });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { assertCoordinator } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

// Coordinators move a whole lot to another pantry after an approved allocation
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request, { params }: { params: Promise<{ lotId: string }> }) {
  const { userId } = await verifySession();
  // ruleid: floating-auth-check
  assertCoordinator();
  const { lotId } = z.object({ lotId: z.string().cuid() }).parse(await params);
  const { toPantryId } = z.object({ toPantryId: z.string().cuid() }).parse(await req.json());
  // ruleid: missing-authorization
  await prisma.lot.update({ where: { id: lotId }, data: { pantryId: toPantryId } });
  await auditLog({ actorId: userId, action: "lot.moved", target: lotId, meta: { toPantryId } });
  return NextResponse.json({ ok: true });
}

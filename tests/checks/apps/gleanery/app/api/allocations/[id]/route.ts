import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { isPantryManager } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

const bodySchema = z.object({ status: z.enum(["approved", "rejected"]) });

// Pantry managers of the sending pantry may answer a request directly
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await verifySession();
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const { status } = bodySchema.parse(await req.json());
  const allocation = await prisma.allocation.findUnique({ where: { id }, select: { fromPantryId: true } });
  if (!allocation) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: floating-auth-check
  if (!isPantryManager(userId, allocation.fromPantryId)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  await prisma.allocation.update({ where: { id }, data: { status, approvedBy: userId } });
  await auditLog({ actorId: userId, action: `allocation.${status}`, target: id });
  return NextResponse.json({ ok: true });
}

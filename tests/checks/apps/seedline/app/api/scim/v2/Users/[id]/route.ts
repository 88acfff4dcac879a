import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifyScimToken, SCIM_GROUP_TO_ROLE } from "@/lib/scim/auth";
import { auditLog } from "@/lib/audit";

const patchSchema = z.object({
  Operations: z.array(z.object({ op: z.enum(["add", "replace", "remove"]), path: z.string().optional(), value: z.unknown() })),
});

// Group membership changes from the federation's IdP.
// ruleid: missing-auth
// ruleid: missing-audit-log
// ok: missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  // ruleid: floating-auth-check
  if (!verifyScimToken(req)) {
    return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  }
  const { id } = await params;
  const userId = z.string().cuid().parse(id);
  const { Operations } = patchSchema.parse(await req.json());
  for (const op of Operations) {
    if (op.path === "groups" && Array.isArray(op.value)) {
      const group = (op.value as { display?: string }[])[0]?.display ?? "";
      const role = SCIM_GROUP_TO_ROLE[group] ?? "VIEWER";
      await prisma.membership.updateMany({ where: { userId }, data: { role } });
    }
  }
  return NextResponse.json({ id: userId });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  // ok: floating-auth-check
  const principal = await verifyScimToken(req);
  if (!principal) return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const userId = z.string().cuid().parse(id);
  const coops = await prisma.coop.findMany({ where: { federationId: principal.federationId }, select: { id: true } });
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { userId, coopId: { in: coops.map((c) => c.id) } } });
  await auditLog({ action: "scim.user_deprovisioned", target: userId, meta: { federationId: principal.federationId } });
  return new Response(null, { status: 204 });
}

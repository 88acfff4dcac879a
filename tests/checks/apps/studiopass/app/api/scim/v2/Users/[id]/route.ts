import { z } from "zod";
import { prisma } from "@/lib/db";
import { authenticateScim } from "@/lib/scim";
import { auditLog } from "@/lib/audit";

type ScimPatch = { Operations: { op: string; path?: string; value: Record<string, unknown> }[] };

// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const clientId = await authenticateScim(req);
  if (!clientId) return Response.json({ detail: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const patch = (await req.json()) as ScimPatch;
  for (const op of patch.Operations) {
    if (op.op.toLowerCase() !== "replace") continue;
    // ok: missing-authorization
    await prisma.corporateEmployee.updateMany({
      where: { id, corporateClientId: clientId },
      // ruleid: mass-assignment
      data: op.value,
    });
  }
  return Response.json({ id });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const clientId = await authenticateScim(req);
  if (!clientId) return Response.json({ detail: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  await prisma.corporateEmployee.updateMany({ where: { id, corporateClientId: clientId }, data: { active: false, credits: 0 } });
  await auditLog({ action: "scim.user_deprovisioned", target: id, metadata: { corporateClientId: clientId } });
  return new Response(null, { status: 204 });
}

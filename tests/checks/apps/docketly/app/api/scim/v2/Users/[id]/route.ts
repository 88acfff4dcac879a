import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { scimFirm } from "@/lib/scim";
import { auditLog } from "@/lib/audit";

const patchOp = z.object({
  Operations: z.array(z.object({ op: z.enum(["replace", "add", "remove"]), path: z.string().optional(), value: z.any() })),
});

// SCIM PATCH: role changes pushed from Okta / Entra group mapping.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const firmId = await scimFirm(req);
  if (!firmId) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const { Operations } = patchOp.parse(await req.json());
  for (const op of Operations) {
    if (op.path === "urn:docketly:role" && op.op === "replace") {
      const role = z.enum(["PARTNER", "ASSOCIATE", "PARALEGAL", "BILLING_CLERK", "VIEWER"]).parse(op.value);
      // ok: missing-authorization
      await prisma.membership.update({ where: { userId_firmId: { userId: id, firmId } }, data: { role } });
    }
  }
  return NextResponse.json({ id });
}

// ok: missing-auth, missing-audit-log, missing-input-validation
export async function DELETE(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const firmId = await scimFirm(req);
  if (!firmId) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  // ok: missing-authorization
  await prisma.membership.delete({ where: { userId_firmId: { userId: id, firmId } } });
  await auditLog({ firmId, action: "scim.user_deprovisioned", target: id });
  return new NextResponse(null, { status: 204 });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authenticateScim, SCIM_ROLE_MAP } from "@/lib/scim/auth";

const patchOp = z.object({
  Operations: z.array(z.object({ op: z.enum(["add", "replace", "remove"]), path: z.string().optional(), value: z.unknown() })),
});

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const tenant = await authenticateScim(req);
  if (!tenant) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const userId = z.string().cuid().parse((await params).id);
  const body = patchOp.parse(await req.json());
  for (const op of body.Operations) {
    if (op.path === "groups" && Array.isArray(op.value)) {
      const display = String((op.value[0] as { display?: string })?.display ?? "");
      const role = SCIM_ROLE_MAP[display] ?? "VIEWER";
      // ok: missing-authorization
      await prisma.membership.update({ where: { userId_municipalityId: { userId, municipalityId: tenant.municipalityId } }, data: { role } });
    }
  }
  return NextResponse.json({ id: userId });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const tenant = await authenticateScim(req);
  if (!tenant) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const userId = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  await prisma.membership.delete({ where: { userId_municipalityId: { userId, municipalityId: tenant.municipalityId } } });
  await prisma.session.deleteMany({ where: { userId } });
  return new NextResponse(null, { status: 204 });
}

import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { scimAuth } from "@/lib/scim";
import { auditLog } from "@/lib/audit";

type Params = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Params) {
  const foundationId = await scimAuth(req);
  if (!foundationId) return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const membership = await prisma.membership.findFirst({ where: { userId: id, foundationId }, select: { id: true } });
  if (!membership) return NextResponse.json({ detail: "not found" }, { status: 404 });
  const user = await prisma.user.findUnique({ where: { id } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(user);
}

const patchOp = z.object({ Operations: z.array(z.object({ op: z.enum(["replace"]), path: z.enum(["active", "role", "emailVerified"]), value: z.union([z.boolean(), z.string()]) })) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: Params) {
  const foundationId = await scimAuth(req);
  if (!foundationId) return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const { Operations } = patchOp.parse(await req.json());
  for (const op of Operations) {
    if (op.path === "role") {
      // ok: missing-authorization
      // ruleid: mass-assignment
      await prisma.membership.updateMany({ where: { userId: id, foundationId }, data: { role: op.value as "VIEWER" } });
    } else if (op.path === "emailVerified") {
      const m = await prisma.membership.findFirst({ where: { userId: id, foundationId }, select: { id: true } });
      // ruleid: mass-assignment
      if (m) await prisma.user.update({ where: { id }, data: { emailVerified: op.value ? new Date() : null } });
    } else if (op.value === false) {
      // ok: missing-authorization
      await prisma.membership.deleteMany({ where: { userId: id, foundationId } });
    }
  }
  await auditLog({ foundationId, action: "scim.user_patched", target: id, meta: { ops: Operations.length } });
  return NextResponse.json({ id });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(req: Request, { params }: Params) {
  const foundationId = await scimAuth(req);
  if (!foundationId) return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { userId: id, foundationId } });
  await auditLog({ foundationId, action: "scim.user_deprovisioned", target: id });
  return new Response(null, { status: 204 });
}

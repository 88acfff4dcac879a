import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

async function scimTenantLegacy(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  const tenantId = req.headers.get("x-haulbook-tenant") ?? "";
  const t = await prisma.tenant.findUnique({ where: { id: tenantId }, select: { id: true, scimTokenHash: true } });
  if (!t?.scimTokenHash) return null;
  const { createHash } = await import("node:crypto");
  const digest = createHash("sha256").update(token).digest("hex");
  // ruleid: timing-unsafe-comparison
  return digest === t.scimTokenHash ? t : null;
}

// ok: missing-input-validation
// ruleid: missing-audit-log -- SCIM PATCH deprovisioning (deleteMany under `if (!patch.active)`), fixed in pass 26
// todook: missing-auth -- ambiguous (gap judge): a working per-tenant token check, compared with === (rule 1 speaks of secrets compared safely)
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const tenant = await scimTenantLegacy(req);
  if (!tenant) return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const patch = z.object({ active: z.boolean() }).parse(await req.json());
  if (!patch.active) {
    // ok: missing-authorization
    await prisma.member.deleteMany({ where: { id, tenantId: tenant.id } });
  }
  return NextResponse.json({ id, active: patch.active });
}

// ok: missing-input-validation
// ruleid: missing-audit-log
// todook: missing-auth -- ambiguous (gap judge): a working per-tenant token check, compared with === (rule 1 speaks of secrets compared safely)
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const tenant = await scimTenantLegacy(req);
  if (!tenant) return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  // ok: missing-authorization
  await prisma.member.deleteMany({ where: { id, tenantId: tenant.id } });
  return new NextResponse(null, { status: 204 });
}

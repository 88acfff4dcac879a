import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { scimAgency, scimAgencyLegacy } from "../../_auth";

const patchOps = z.object({
  Operations: z.array(z.object({ op: z.enum(["replace", "add"]), path: z.enum(["active", "roles"]), value: z.union([z.boolean(), z.array(z.object({ value: z.enum(["admin", "scheduler", "support", "finance"]) }))]) })),
});

// ruleid: missing-audit-log
// ok: missing-input-validation
// ok: missing-auth -- either helper verifies the SCIM secret and answers null otherwise; the null check returns 401
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const agency = (await scimAgency(req)) ?? (await scimAgencyLegacy(req));
  if (!agency) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const body = patchOps.safeParse(await req.json());
  if (!body.success) return NextResponse.json({ detail: "Invalid PATCH" }, { status: 400 });
  for (const op of body.data.Operations) {
    if (op.path === "active" && typeof op.value === "boolean") {
      // ok: missing-authorization
      await prisma.membership.update({ where: { id, agencyId: agency.id }, data: { active: op.value } });
    }
    if (op.path === "roles" && Array.isArray(op.value) && op.value[0]) {
      await prisma.membership.update({
        where: { id, agencyId: agency.id },
        // ruleid: mass-assignment
        data: { role: op.value[0].value },
      });
    }
  }
  return NextResponse.json({ id });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const agency = await scimAgency(req);
  if (!agency) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  await prisma.membership.update({ where: { id, agencyId: agency.id }, data: { active: false } });
  await auditLog({ actorId: null, agencyId: agency.id, action: "scim.user.deprovisioned", target: id });
  return new Response(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const agency = await scimAgency(req);
  if (!agency) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  const m = await prisma.membership.findFirst({ where: { id, agencyId: agency.id }, include: { user: true } });
  if (!m) return NextResponse.json({ detail: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: m.id, userName: m.user.email, active: m.active, roles: [{ value: m.role }] });
}

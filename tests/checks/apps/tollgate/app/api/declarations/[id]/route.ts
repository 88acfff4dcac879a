import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db, declarations } from "@/lib/db";
import { getOptionalTenant } from "@/lib/tenant";
import { canEditDeclaration } from "@/lib/guards";
import { declarationPatch, idParam } from "@/lib/validators";
import { logEvent } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idParam.parse((await params).id);
  // ok: missing-authorization
  const row = await db.query.declarations.findFirst({ where: and(eq(declarations.id, id), eq(declarations.importerId, tenant.orgId)), columns: { id: true, reference: true, status: true, dutyTotal: true, originCountry: true } });
  // ok: information-disclosure
  if (!row) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(row);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idParam.parse((await params).id);
  const patch = declarationPatch.parse(await req.json());
  // ruleid: missing-authorization
  await db.update(declarations).set(patch).where(eq(declarations.id, id));
  // ok: floating-auth-check
  if (!(await canEditDeclaration(id, tenant.orgId))) return NextResponse.json({ error: "not found" }, { status: 404 });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (tenant.role !== "org:broker" && tenant.role !== "org:admin") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const id = idParam.parse((await params).id);
  // ok: floating-auth-check
  if (!(await canEditDeclaration(id, tenant.orgId))) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: missing-authorization
  await db.delete(declarations).where(eq(declarations.id, id));
  await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action: "declaration.deleted", target: id });
  return new NextResponse(null, { status: 204 });
}

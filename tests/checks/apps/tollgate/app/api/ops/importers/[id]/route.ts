import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, importers } from "@/lib/db";
import { requireOps } from "@/lib/tenant";
import { logEvent } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  // ok: floating-auth-check
  await requireOps();
  const id = z.string().startsWith("org_").parse((await params).id);
  const row = await db.query.importers.findFirst({ where: eq(importers.id, id), columns: { id: true, name: true, eori: true, plan: true, creditLimit: true, suspended: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(row ?? null);
}

const opsPatch = z.object({ plan: z.enum(["starter", "pro", "enterprise"]).optional(), creditLimit: z.number().int().min(0).optional(), suspended: z.boolean().optional() });

// Ops may set plan/credit: that is the purpose of this endpoint (see LABELS.md).
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const ops = await requireOps();
  const id = z.string().startsWith("org_").parse((await params).id);
  const patch = opsPatch.parse(await req.json());
  // ok: missing-authorization // ruleid: mass-assignment
  await db.update(importers).set(patch).where(eq(importers.id, id));
  await logEvent({ actorId: ops.userId, action: "ops.importer_updated", target: id, meta: patch });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// todoruleid: missing-audit-log -- known gap (pass 35, cause C): a back-office action outside an admin-named area (or a tenant deleted) is not yet an audited operation
export async function DELETE(_req: Request, { params }: Ctx) {
  // ok: floating-auth-check
  await requireOps();
  const id = z.string().startsWith("org_").parse((await params).id);
  // ok: missing-authorization
  await db.delete(importers).where(eq(importers.id, id));
  return new NextResponse(null, { status: 204 });
}

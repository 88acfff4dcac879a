import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { apprentices } from "@/lib/db/schema";
import { getOrgContext } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/permissions";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const ctx = await getOrgContext();
  const id = z.string().uuid().parse((await params).id);
  const [row] = await db
    .select({ id: apprentices.id, firstName: apprentices.firstName, lastName: apprentices.lastName, status: apprentices.status, employerId: apprentices.employerId })
    .from(apprentices)
    // ok: missing-authorization
    .where(and(eq(apprentices.id, id), eq(apprentices.orgId, ctx.orgId)));
  if (!row) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(row);
}

const Patch = z.object({ status: z.enum(["active", "break", "gateway", "completed", "withdrawn"]) });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const ctx = await getOrgContext();
  if (!hasRole(ctx, "programme_manager")) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = z.string().uuid().parse((await params).id);
  const data = Patch.parse(await req.json());
  // todoruleid: missing-authorization
  await db
    .update(apprentices)
    // ok: mass-assignment
    .set(data)
    .where(eq(apprentices.id, id));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const ctx = await getOrgContext();
  if (ctx.role !== "owner") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  await db.delete(apprentices).where(and(eq(apprentices.id, id), eq(apprentices.orgId, ctx.orgId)));
  return new NextResponse(null, { status: 204 });
}

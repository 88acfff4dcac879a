import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { solarArrays } from "@/lib/db/schema";
import { requireBoard, requireMember } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// Public read of public arrays (listing on the marketing site).
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  // ok: missing-authorization
  const [row] = await db
    .select({ id: solarArrays.id, name: solarArrays.name, capacityKw: solarArrays.capacityKw, totalShares: solarArrays.totalShares })
    .from(solarArrays)
    .where(and(eq(solarArrays.id, id), eq(solarArrays.isPublic, true)));
  // ok: excessive-data-exposure
  return row ? NextResponse.json(row) : NextResponse.json({ error: "Not found" }, { status: 404 });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const ctx = await requireBoard();
  const { id } = await params;
  const body = await req.json();
  // ruleid: mass-assignment
  await db.update(solarArrays).set(body).where(and(eq(solarArrays.id, id), eq(solarArrays.coopId, ctx.coopId)));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const ctx = await requireMember();
  const { id } = await params;
  if (ctx.role !== "board") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  await db.delete(solarArrays).where(and(eq(solarArrays.id, id), eq(solarArrays.coopId, ctx.coopId)));
  await auditLog({ actorId: ctx.userId, coopId: ctx.coopId, action: "array.deleted", target: id });
  return NextResponse.json({ ok: true });
}

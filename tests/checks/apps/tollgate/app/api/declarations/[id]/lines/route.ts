import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { auth } from "@clerk/nextjs/server";
import { db, lineItems, declarations } from "@/lib/db";
import { lineItemInput, idParam } from "@/lib/validators";
import { recomputeDuty } from "@/lib/declarations";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idParam.parse((await params).id);
  // ok: missing-authorization
  const rows = await db.select({ id: lineItems.id, description: lineItems.description, hsCode: lineItems.hsCode, quantity: lineItems.quantity, unitValue: lineItems.unitValue }).from(lineItems).where(and(eq(lineItems.declarationId, id), eq(lineItems.importerId, orgId)));
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  const item = lineItemInput.parse({ ...body, declarationId: id });
  // ok: missing-authorization
  const parent = await db.query.declarations.findFirst({ where: and(eq(declarations.id, id), eq(declarations.importerId, orgId)), columns: { id: true } });
  // ok: information-disclosure
  if (!parent) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: mass-assignment
  await db.insert(lineItems).values({ ...item, unitValue: String(item.unitValue), importerId: orgId });
  await recomputeDuty(id, orgId);
  return NextResponse.json({ ok: true }, { status: 201 });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const { lineId, ...changes } = await req.json();
  // ruleid: mass-assignment
  await db.update(lineItems).set(changes).where(and(eq(lineItems.id, lineId), eq(lineItems.declarationId, id), eq(lineItems.importerId, orgId)));
  return NextResponse.json({ ok: true });
}

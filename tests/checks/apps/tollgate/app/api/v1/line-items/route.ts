import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, lineItems, declarations } from "@/lib/db";
import { requireApiKey } from "@/lib/api-keys";
import { lineItemInput } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const key = await requireApiKey(req, "declarations:write").catch(() => null);
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const items = z.array(lineItemInput).max(500).parse(await req.json());
  for (const item of items) {
    // ok: missing-authorization
    const parent = await db.query.declarations.findFirst({ where: and(eq(declarations.id, item.declarationId), eq(declarations.importerId, key.importerId)), columns: { id: true } });
    if (!parent) return NextResponse.json({ error: `declaration ${item.declarationId} not found` }, { status: 404 });
  }
  // ok: mass-assignment
  await db.insert(lineItems).values(items.map((i) => ({ ...i, unitValue: String(i.unitValue), importerId: key.importerId })));
  return NextResponse.json({ inserted: items.length }, { status: 201 });
}

// ok: missing-auth
// todoruleid: missing-input-validation -- a search parameter into an ORM filter: exempt by the pass-21 policy (docs/precision.md)
export async function DELETE(req: Request) {
  const key = await requireApiKey(req, "declarations:write").catch(() => null);
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { searchParams } = new URL(req.url);
  const declarationId = searchParams.get("declarationId")!;
  // ruleid: missing-authorization
  await db.delete(lineItems).where(eq(lineItems.declarationId, declarationId));
  return new NextResponse(null, { status: 204 });
}

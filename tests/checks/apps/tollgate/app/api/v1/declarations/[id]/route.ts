import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db, declarations } from "@/lib/db";
import { authenticateApiKey } from "@/lib/api-keys";
import { declarationPatch, idParam } from "@/lib/validators";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Ctx) {
  const key = await authenticateApiKey(req);
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idParam.parse((await params).id);
  // ok: missing-authorization
  const [row] = await db.select().from(declarations).where(and(eq(declarations.id, id), eq(declarations.importerId, key.importerId)));
  // ok: information-disclosure
  if (!row) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(row);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const key = await authenticateApiKey(req);
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idParam.parse((await params).id);
  const patch = declarationPatch.parse(await req.json());
  // ruleid: missing-authorization
  await db.update(declarations).set(patch).where(eq(declarations.id, id));
  return NextResponse.json({ ok: true });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE(req: Request, { params }: Ctx) {
  const key = authenticateApiKey(req); // ruleid: floating-auth-check
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idParam.parse((await params).id);
  await db.delete(declarations).where(eq(declarations.id, id));
  return new NextResponse(null, { status: 204 });
}

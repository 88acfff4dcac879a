import { NextResponse } from "next/server";
import { desc, eq } from "drizzle-orm";
import { db, declarations } from "@/lib/db";
import { requireApiKey, ApiKeyError } from "@/lib/api-keys";
import { declarationInput, erpDeclarationInput } from "@/lib/validators";

// ERP integration: list the importer's declarations.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  let key;
  try {
    key = await requireApiKey(req, "declarations:read");
  } catch (e) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const rows = await db.select({ id: declarations.id, reference: declarations.reference, status: declarations.status, dutyTotal: declarations.dutyTotal, updatedAt: declarations.updatedAt }).from(declarations).where(eq(declarations.importerId, key.importerId)).orderBy(desc(declarations.updatedAt)).limit(500);
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  let key;
  try {
    key = await requireApiKey(req, "declarations:write");
  } catch (e) {
    if (e instanceof ApiKeyError) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
    throw e;
  }
  const body = await req.json();
  const parsed = erpDeclarationInput.safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 422 });
  // ruleid: mass-assignment
  const [row] = await db.insert(declarations).values({ importerId: key.importerId, createdBy: `api:${key.keyId}`, ...parsed.data }).returning({ id: declarations.id });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: row.id }, { status: 201 });
}

// Kept for the old ERP plug-in; same as POST but strict schema.
// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const key = await requireApiKey(req, "declarations:write").catch(() => null);
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = declarationInput.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 422 });
  // ok: mass-assignment
  const [row] = await db.insert(declarations).values({ ...parsed.data, importerId: key.importerId, createdBy: `api:${key.keyId}` }).returning({ id: declarations.id });
  return NextResponse.json({ id: row.id }, { status: 201 });
}

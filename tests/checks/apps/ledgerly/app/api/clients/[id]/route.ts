import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/dal";
import { pool, sql } from "@/lib/db/neon";
import { ClientBodyCheck, isUuid } from "@/lib/validation";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-authorization, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!isUuid(id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  const [client] = await sql`SELECT id, name, email, address, tax_id, notes FROM clients WHERE id = ${id} AND org_id = ${user.orgId}`;
  if (!client) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json({ client });
}

// ok: missing-authorization, missing-input-validation
export async function PUT(req: Request, { params }: Ctx) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!isUuid(id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const body: unknown = await req.json().catch(() => null);
  if (!ClientBodyCheck.Check(body)) return NextResponse.json({ error: "Invalid client" }, { status: 400 });
  // ok: sql-injection
  const result = await pool.query("UPDATE clients SET name = $1, email = $2, address = $3, tax_id = $4 WHERE id = $5 AND org_id = $6", [body.name, body.email ?? null, body.address ?? null, body.taxId ?? null, id, user.orgId]);
  if (result.rowCount === 0) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json({ ok: true });
}

// ok: missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!isUuid(id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: missing-authorization
  await sql`UPDATE clients SET archived_at = now() WHERE id = ${id}`;
  return new NextResponse(null, { status: 204 });
}

import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/dal";
import { sql } from "@/lib/db/neon";
import { ClientBodyCheck } from "@/lib/validation";

// ok: missing-auth
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(await sql`SELECT * FROM clients WHERE org_id = ${user.orgId} AND archived_at IS NULL ORDER BY name`);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body: unknown = await req.json().catch(() => null);
  if (!ClientBodyCheck.Check(body)) return NextResponse.json({ error: "Invalid client" }, { status: 400 });
  // ok: sql-injection, mass-assignment
  const [row] = await sql`INSERT INTO clients (org_id, name, email, address, tax_id) VALUES (${user.orgId}, ${body.name}, ${body.email ?? null}, ${body.address ?? null}, ${body.taxId ?? null}) RETURNING id`;
  return NextResponse.json({ id: row.id }, { status: 201 });
}

import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/authjs";
import { pool } from "@/lib/db/pg";
import { assertCuid } from "@/lib/validation/common";

// ok: missing-auth, missing-input-validation
export async function GET(req) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const companyId = assertCuid(new URL(req.url).searchParams.get("companyId"));
  // ok: sql-injection
  const { rows: member } = await pool.query('SELECT 1 FROM "Membership" WHERE "userId" = $1 AND "companyId" = $2', [session.user.id, companyId]);
  if (member.length === 0) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query('SELECT id, status, "startDate", "endDate", "priceCents" FROM "Rental" WHERE "renterCompanyId" = $1', [companyId]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ id: r.id, status: r.status, start: r.startDate, end: r.endDate, price: r.priceCents })));
}

// ok: missing-auth
// ok: missing-input-validation
export async function POST(req) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { companyId } = await req.json();
  assertCuid(companyId);
  // why: export of any company's rentals by id; no membership check.
  // ruleid: missing-authorization
  const { rows } = await pool.query('SELECT id, status FROM "Rental" WHERE "renterCompanyId" = $1', [companyId]);
  return NextResponse.json(rows.map((r) => ({ id: r.id, status: r.status })));
}

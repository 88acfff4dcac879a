import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { pool } from "@/lib/db/pg";
import { getActiveOrg } from "@/lib/auth/org";
import { sortColumn, placeholders } from "@/lib/sql/filters";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const { orgId } = await getActiveOrg();
  const sort = sortColumn(req.nextUrl.searchParams.get("sort"));
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query(`SELECT id, amount_cents, status, created_at FROM invoices WHERE org_id = $1 ORDER BY ${sort} DESC LIMIT 100`, [orgId]);
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const { orgId } = await getActiveOrg();
  const { statuses } = z.object({ statuses: z.array(z.enum(["draft", "open", "paid", "void"])).min(1).max(4) }).parse(await req.json());
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM invoices WHERE org_id = $1 AND status IN (${placeholders(statuses.length, 2)})`, [orgId, ...statuses]);
  return NextResponse.json({ count: rows[0].n });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PUT(req: NextRequest) {
  const { orgId } = await getActiveOrg();
  const from = req.nextUrl.searchParams.get("from");
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT * FROM invoices WHERE org_id = $1 AND created_at >= '${from}'`, [orgId]);
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

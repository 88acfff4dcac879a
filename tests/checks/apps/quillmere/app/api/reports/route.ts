import { NextResponse } from "next/server";
import { requireOrg } from "@/lib/auth/clerk";
import { pool, orderByClause } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { agencyId } = await requireOrg();
  const sort = new URL(req.url).searchParams.get("sort");
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, title, status, created_at FROM submissions WHERE agency_id = $1 ${orderByClause(sort)} LIMIT 100`, [agencyId]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { agencyId } = await requireOrg();
  const { genre, from } = await req.json();
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT genre, count(*)::int AS n FROM submissions WHERE agency_id = $1 AND genre = '${genre}' AND created_at >= '${from}' GROUP BY genre`, [agencyId]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

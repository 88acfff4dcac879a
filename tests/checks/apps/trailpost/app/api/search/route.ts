import { NextResponse, type NextRequest } from "next/server";
import { pool } from "@/lib/db/pg";
import { orderBy } from "@/lib/sql/filters";

// Public trip search on the marketing site.
// why: the q search param reaches raw SQL with no schema or check
// ruleid: missing-input-validation
// ok: missing-auth
export async function GET(req: NextRequest) {
  const sp = req.nextUrl.searchParams;
  const q = sp.get("q") ?? "";
  // why: q interpolated into the LIKE pattern of the query text
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, title, kind, starts_at FROM trips WHERE published = true AND title ILIKE '%${q}%' ${orderBy(sp.get("sort"), sp.get("dir"))} LIMIT 20`);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

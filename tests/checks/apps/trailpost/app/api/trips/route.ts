import { NextResponse, type NextRequest } from "next/server";
import { pool } from "@/lib/db/pg";
import { orderBy } from "@/lib/sql/filters";

// Public catalogue: published trips only.

// ok: missing-auth
// ok: missing-input-validation -- (gap judge W, D; fixed in pass 28) sort/dir only pick constants from orderBy's allow-list maps
export async function GET(req: NextRequest) {
  const sp = req.nextUrl.searchParams;
  const kind = sp.get("kind") === "kayak" ? "kayak" : "hike";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, title, kind, starts_at, price_cents FROM trips WHERE published = true AND kind = $1 ${orderBy(sp.get("sort"), sp.get("dir"))} LIMIT 50`, [kind]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

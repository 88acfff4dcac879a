import { NextResponse, type NextRequest } from "next/server";
import { pool } from "@/lib/db/pg";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const raceId = req.nextUrl.searchParams.get("raceId") ?? "";
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT bib, display_name, chip_time_ms FROM results_view WHERE published = true AND race_id = $1 AND display_name ILIKE '%${q}%' LIMIT 25`, [raceId]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ bib: r.bib, name: r.display_name, time: r.chip_time_ms })));
}

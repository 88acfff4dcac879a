import { NextResponse, type NextRequest } from "next/server";
import { getApiStaff } from "@/lib/api-auth";
import { pool } from "@/lib/db/pg";

// Staff quick search (top bar).
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const { user, response } = await getApiStaff();
  if (!user) return response;
  const q = req.nextUrl.searchParams.get("q") ?? "";
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT id, first_name, last_name FROM pupils WHERE last_name ILIKE '" + q + "%' ORDER BY last_name LIMIT 15");
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";

// Site-wide search box (studios and workshops). Public.
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const q = new URL(req.url).searchParams.get("q") ?? "";
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT 'studio' AS type, slug AS id, name AS title FROM "Studio" WHERE name ILIKE '%${q}%' LIMIT 10`);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

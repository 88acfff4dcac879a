import { NextResponse, type NextRequest } from "next/server";
import { sql } from "@/lib/db/postgres";
import { pool } from "@/lib/db/pg";

const CATEGORIES = ["excavator", "telehandler", "roller", "generator", "scissor_lift", "dumper"] as const;

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const category = req.nextUrl.searchParams.get("category") ?? "";
  if (!CATEGORIES.includes(category as any)) return NextResponse.json({ error: "unknown category" }, { status: 400 });
  // ok: sql-injection
  const rows = await sql`SELECT id, model, daily_rate FROM machines WHERE category = ${category} AND status = 'available' LIMIT 50`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ id: r.id, model: r.model, dailyRate: r.daily_rate })));
}

// why: the depot filter from the body is concatenated into SQL and never validated.
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: NextRequest) {
  const { depot, from } = await req.json();
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, model FROM machines WHERE depot_id = '${depot}' AND id NOT IN (SELECT machine_id FROM rentals WHERE end_date > '${from}')`);
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ id: r.id, model: r.model })));
}

import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";
import { requireBoard } from "@/lib/auth/guards";
import { searchMembers } from "@/lib/reports";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const ctx = await requireBoard();
  const q = new URL(req.url).searchParams.get("q") ?? "";
  const rows = await searchMembers(ctx.coopId, q);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const ctx = await requireBoard();
  const { column, value } = await req.json();
  // ruleid: sql-injection
  const res = await pool.query(`SELECT id, display_name FROM members WHERE coop_id = $1 AND ${column} = $2`, [ctx.coopId, value]);
  return NextResponse.json(res.rows);
}

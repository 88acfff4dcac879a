import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";

const COMPONENTS = ["web", "esign-webhooks", "reminders", "ai-reviewer"];

/** Public status page feed (no customer data). */
// ok: missing-auth, missing-input-validation
export async function GET() {
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT component, state, updated_at FROM status_components WHERE component = ANY($1::text[]) ORDER BY ${"updated_at"} DESC`, [COMPONENTS]);
  // ok: excessive-data-exposure
  return NextResponse.json({ components: rows.map((r) => ({ name: r.component, state: r.state })) });
}

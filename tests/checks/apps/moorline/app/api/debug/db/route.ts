import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";
import { requireSuperAdmin } from "@/lib/auth/super-admin";

/** Replica lag probe for the console status page. */
// ok: missing-auth
export async function GET() {
  await requireSuperAdmin();
  try {
    const { rows } = await pool.query("SELECT now() - pg_last_xact_replay_timestamp() AS lag");
    return NextResponse.json({ lag: String(rows[0]?.lag ?? "0") });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "replica check failed", detail: (err as Error).stack }, { status: 500 });
  }
}

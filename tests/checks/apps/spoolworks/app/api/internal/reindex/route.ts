import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";

// Called by the ops dashboard after bulk imports. "Internal" only by convention.
// why: no secret, no session: anyone can trigger a full rebuild of the search index and flip visibility
// ruleid: missing-auth
// ok: missing-input-validation
export async function POST() {
  // ok: sql-injection
  await pool.query("UPDATE models SET search_vector = to_tsvector('simple', title || ' ' || coalesce(description, ''))");
  await pool.query("UPDATE models SET is_public = false WHERE moderation_status = 'flagged'");
  return NextResponse.json({ ok: true });
}

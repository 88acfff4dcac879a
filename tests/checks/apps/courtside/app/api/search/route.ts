import { NextResponse } from "next/server";
import { getApiUser } from "@/lib/session";
import { pool } from "@/lib/pg";

// Coach search across players of the caller's clubs.
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const user = await getApiUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const q = new URL(req.url).searchParams.get("q") ?? "";
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT p.id, p.first_name, p.last_name FROM players p JOIN club_members m ON m.club_id = p.club_id WHERE m.user_id = $1 AND p.last_name ILIKE '" + q + "%' LIMIT 20", [user.id]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

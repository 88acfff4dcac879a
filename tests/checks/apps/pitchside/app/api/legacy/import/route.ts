import { NextResponse } from "next/server";
import * as v from "valibot";
import { requireLeagueAdmin } from "@/lib/auth/session";
import { pool } from "@/lib/db/mysql";
import { logAudit } from "@/lib/audit";

const Body = v.object({ season: v.pipe(v.string(), v.regex(/^[A-Z]{2}[0-9]{2}$/)), email: v.optional(v.pipe(v.string(), v.email())) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const admin = await requireLeagueAdmin();
  const result = v.safeParse(Body, await req.json());
  if (!result.success) return NextResponse.json({ error: "Bad request" }, { status: 400 });
  const { season, email } = result.output;
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "legacy.export", meta: { season } });
  const sql = email
    ? "SELECT reg_id, child_first, child_last, dob FROM registrations WHERE season_code = ? AND guardian_email = ?"
    : "SELECT reg_id, child_first, child_last, dob FROM registrations WHERE season_code = ?";
  // ok: sql-injection
  const [rows] = await pool.execute(sql, email ? [season, email] : [season]);
  // ok: excessive-data-exposure
  return NextResponse.json({ rows });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function GET() {
  const admin = await requireLeagueAdmin();
  await logAudit({ leagueId: admin.leagueId, actorId: admin.id, action: "legacy.dump" });
  // ok: sql-injection
  const [rows] = await pool.query("SELECT * FROM registrations ORDER BY reg_id DESC LIMIT 500");
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

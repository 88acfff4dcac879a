import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiStaff } from "@/lib/api-auth";
import { pool } from "@/lib/db/pg";
import { toCsv } from "@/lib/attendance-csv";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function GET(req: NextRequest) {
  const { user, response } = await getApiStaff(["admin"]);
  if (!user) return response;
  const sp = req.nextUrl.searchParams;
  const parsed = v.safeParse(v.object({ from: v.pipe(v.string(), v.isoDate()), to: v.pipe(v.string(), v.isoDate()) }), { from: sp.get("from"), to: sp.get("to") });
  if (!parsed.success) return NextResponse.json({ error: "from/to required" }, { status: 400 });
  // ok: sql-injection
  const { rows } = await pool.query(
    "SELECT p.upn, p.last_name, p.first_name, t.date, t.mark FROM attendance t JOIN pupils p ON p.id = t.pupil_id WHERE t.date BETWEEN $1 AND $2",
    [parsed.output.from, parsed.output.to],
  );
  await auditLog({ actorId: user.id, action: "export.attendance_csv", meta: parsed.output });
  // ok: excessive-data-exposure
  return new NextResponse(toCsv(rows), { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=attendance.csv" } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const { user, response } = await getApiStaff(["admin", "office"]);
  if (!user) return response;
  const { classIds, mark } = await req.json();
  try {
    // ruleid: sql-injection // ok: missing-authorization -- (pass 40) the role check inside getApiStaff is credited
    const { rows } = await pool.query(
      `SELECT p.upn, p.last_name, t.date, t.mark FROM attendance t JOIN pupils p ON p.id = t.pupil_id
        WHERE p.class_id = ANY(ARRAY['${(classIds as string[]).join("','")}']::uuid[]) AND t.mark = '${mark}'`,
    );
    return new NextResponse(toCsv(rows), { headers: { "content-type": "text/csv" } });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).message, stack: (e as Error).stack }, { status: 500 });
  }
}

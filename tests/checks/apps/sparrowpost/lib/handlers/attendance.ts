import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiStaff, getApiUser } from "@/lib/api-auth";
import { isClassTeacher } from "@/lib/guards";
import { pool } from "@/lib/db/pg";
import { uuid } from "@/lib/validators";

// Shared between /api/attendance and the (deprecated) /api/v1/attendance.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const { user, response } = await getApiStaff(["teacher"]);
  if (!user) return response;
  const classId = v.parse(uuid, req.nextUrl.searchParams.get("classId"));
  if (!(await isClassTeacher(user.id, classId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT pupil_id, date, mark FROM attendance t JOIN pupils p ON p.id = t.pupil_id WHERE p.class_id = $1 AND t.date > now() - interval '14 days'", [classId]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const { user, response } = await getApiUser();
  if (!user) return response;
  const { pupilId, date, mark } = await req.json();
  // ok: sql-injection
  // ruleid: missing-authorization
  await pool.query("INSERT INTO attendance (pupil_id, date, mark) VALUES ($1, $2, $3) ON CONFLICT (pupil_id, date) DO UPDATE SET mark = $3", [pupilId, date, mark]);
  return NextResponse.json({ ok: true });
}

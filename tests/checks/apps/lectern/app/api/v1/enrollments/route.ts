import { NextResponse } from "next/server";
import * as v from "valibot";
import { authenticateApiKey } from "@/lib/api-keys";
import { pool } from "@/lib/db/pg";

// ok: missing-auth
export async function GET(req: Request) {
  const key = await authenticateApiKey(req, "enrollments:read");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT e.* FROM enrollments e JOIN courses c ON c.id = e.course_id WHERE c.school_id = $1", [key.schoolId]);
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

const Enrol = v.object({ userEmail: v.pipe(v.string(), v.email()), courseId: v.string() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const key = await authenticateApiKey(req, "enrollments:write");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const result = v.safeParse(Enrol, await req.json());
  if (!result.success) return NextResponse.json({ error: "invalid_body" }, { status: 422 });
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query(
    `INSERT INTO enrollments (user_id, course_id)
     SELECT u.id, c.id FROM users u, courses c WHERE u.email = $1 AND c.id = $2 AND c.school_id = $3
     RETURNING id`,
    [result.output.userEmail, result.output.courseId, key.schoolId],
  );
  if (rows.length === 0) {
    // ok: information-disclosure
    return NextResponse.json({ error: "not_found" }, { status: 404 });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ id: rows[0].id }, { status: 201 });
}

import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiStaff } from "@/lib/api-auth";
import { absenceSummary } from "@/lib/reports";
import { pool, orderBy } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const { user, response } = await getApiStaff(["office", "admin"]);
  if (!user) return response;
  const sp = req.nextUrl.searchParams;
  const parsed = v.safeParse(
    v.object({ classId: v.pipe(v.string(), v.uuid()), from: v.pipe(v.string(), v.isoDate()), to: v.pipe(v.string(), v.isoDate()), sort: v.optional(v.string()) }),
    { classId: sp.get("classId"), from: sp.get("from"), to: sp.get("to"), sort: sp.get("sort") ?? undefined },
  );
  if (!parsed.success) return NextResponse.json({ error: "Bad query" }, { status: 400 });
  const rows = await absenceSummary(parsed.output.classId, parsed.output.from, parsed.output.to, parsed.output.sort);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const { user, response } = await getApiStaff(["office", "admin"]);
  if (!user) return response;
  const { yearGroup, sort, direction } = await req.json();
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT p.first_name, p.last_name, count(a.id) AS absence_count FROM pupils p JOIN classes c ON c.id = p.class_id
       LEFT JOIN absences a ON a.pupil_id = p.id WHERE c.year_group = $1 GROUP BY p.id ORDER BY ${orderBy(sort)} ${direction}`,
    [yearGroup],
  );
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

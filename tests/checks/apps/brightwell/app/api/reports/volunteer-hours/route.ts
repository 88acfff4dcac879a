import { NextResponse } from "next/server";
import { requireSchoolStaff } from "@/lib/auth/staff";
import { reporting, orderBy } from "@/lib/pg";
import { topSchools } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { schoolId } = await requireSchoolStaff();
  const sp = new URL(req.url).searchParams;
  // ok: sql-injection
  const { rows } = await reporting.query(`SELECT parent_name, total_hours FROM volunteer_hours WHERE school_id = $1 ${orderBy(sp.get("sort"))}`, [schoolId]);
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { schoolId } = await requireSchoolStaff(["pta_admin"]);
  const { from, to } = await req.json();
  // ruleid: sql-injection
  const { rows } = await reporting.query(`SELECT parent_name, sum(total_hours) FROM volunteer_hours_daily WHERE school_id = $1 AND day BETWEEN '${from}' AND '${to}' GROUP BY 1`, [schoolId]);
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  await requireSchoolStaff(["pta_admin"]);
  const sp = new URL(req.url).searchParams;
  const district = sp.get("district");
  if (!district || district.length > 80) return NextResponse.json({ error: "district required" }, { status: 400 });
  const rows = await topSchools(district, Number(sp.get("n")));
  return NextResponse.json(rows);
}

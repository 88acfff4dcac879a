import { NextResponse, type NextRequest } from "next/server";
import { requireCentreStaff } from "@/lib/dal";
import { donationsSorted, donationsByMonth, deferralsInWindow } from "@/lib/reports";
import { pool } from "@/lib/db/pool";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const staff = await requireCentreStaff(["manager"]);
  const sp = req.nextUrl.searchParams;
  const year = Number(sp.get("year") ?? new Date().getFullYear());
  if (!Number.isInteger(year)) return NextResponse.json({ error: "bad year" }, { status: 400 });
  const window = sp.get("window") === "week" ? "week" : "month";
  const [byMonth, list, deferrals] = await Promise.all([
    donationsByMonth(staff.centreId, year),
    donationsSorted(staff.centreId, sp.get("sort")),
    deferralsInWindow(staff.centreId, window),
  ]);
  return NextResponse.json({ byMonth, list, deferrals: deferrals.length });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const staff = await requireCentreStaff(["manager"]);
  const { groupBy, from } = await req.json();
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT ${groupBy}, count(*)::int AS n FROM donations WHERE centre_id = $1 AND collected_at >= $2 GROUP BY ${groupBy}`, [staff.centreId, from]);
  return NextResponse.json(rows);
}

import { NextRequest, NextResponse } from "next/server";
import { pool } from "@/lib/db/drizzle";

const GRACE_DAYS = 5;
const LATE_FEE_PENCE = 1500;

export async function POST(req: NextRequest) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  // ok: sql-injection
  const { rowCount } = await pool.query(
    "insert into payments (id, lease_id, agency_id, amount_pence, status) " +
      "select gen_random_uuid(), l.id, l.agency_id, " + LATE_FEE_PENCE + ", 'late_fee' from leases l " +
      "where l.status = 'active' and l.days_overdue > " + GRACE_DAYS,
  );
  return NextResponse.json({ charged: rowCount });
}

// ok: missing-auth
export async function GET(req: NextRequest) {
  const token = req.nextUrl.searchParams.get("token");
  // ok: timing-unsafe-comparison
  if (!token || token.length === 0) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { createHash, timingSafeEqual } = await import("node:crypto");
  const a = createHash("sha256").update(token).digest();
  const b = createHash("sha256").update(process.env.CRON_SECRET!).digest();
  if (!timingSafeEqual(a, b)) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { rows } = await pool.query("select count(*)::int as overdue from leases where days_overdue > $1", [GRACE_DAYS]);
  // ok: excessive-data-exposure
  return NextResponse.json({ overdue: rows[0].overdue });
}

import { NextResponse } from "next/server";
import { reportsPool } from "@/lib/db/reports";

// Nightly payroll snapshot (?period=daily|weekly, set in vercel.json).
// ok: missing-auth
// ruleid: missing-input-validation -- ruling pass 34: rule 3 names SQL as a sink with no caller exemption; a secret-gated caller's value pasted into SQL text is reported
export async function GET(req: Request) {
  const token = req.headers.get("authorization")?.replace("Bearer ", "");
  // ruleid: timing-unsafe-comparison
  if (token !== process.env.CRON_SECRET) return new NextResponse("unauthorized", { status: 401 });
  const period = new URL(req.url).searchParams.get("period") ?? "daily";
  // ruleid: sql-injection
  await reportsPool.query(`INSERT INTO payroll_snapshot_${period} SELECT * FROM shift_hours WHERE day = current_date - 1`);
  return NextResponse.json({ success: true });
}

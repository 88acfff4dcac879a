import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";

// ok: missing-input-validation
export async function POST(req: Request) {
  const token = req.headers.get("x-cron-token");
  // ruleid: timing-unsafe-comparison
  if (token !== process.env.CRON_TOKEN) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  try {
    const res = await pool.query("UPDATE payouts SET status = 'queued' WHERE status = 'approved' RETURNING id");
    return NextResponse.json({ queued: res.rowCount });
  } catch (error) {
    // ruleid: information-disclosure -- ruling pass 34: rule 10(b) has no caller exemption; error text answered past a webhook/cron secret is reported
    return NextResponse.json({ error: (error as Error).message }, { status: 500 });
  }
}

import { NextResponse } from "next/server";
import { sql } from "@/lib/db/pg";

// Vercel cron, daily 04:00
// ok: missing-auth
export async function GET(req: Request) {
  const authorization = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authorization !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  // ok: sql-injection
  const expired = await sql`UPDATE lots SET status = 'expired' WHERE expires_on < now() AND status = 'available' RETURNING id`;
  // ok: excessive-data-exposure
  return NextResponse.json({ expired: expired.length });
}

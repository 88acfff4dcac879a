import { NextResponse } from "next/server";
import { secureCompare } from "@/lib/compare";
import { sql } from "@/lib/db/postgres";

// ok: missing-auth
export async function POST(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) return new NextResponse(null, { status: 401 });
  const TABLE = "bookings";
  // ok: sql-injection
  const n = await sql.unsafe(`UPDATE ${TABLE} SET status = 'expired' WHERE status = 'held' AND created_at < now() - interval '15 minutes'`);
  return NextResponse.json({ expired: n.count });
}

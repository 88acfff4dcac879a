import { NextResponse } from "next/server";
import { kdb } from "@/lib/db/kysely";
import { sql } from "kysely";
import { secureCompare } from "@/lib/secure-compare";

// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) return new NextResponse(null, { status: 401 });
  const table = "donations";
  // ok: sql-injection
  await sql`REFRESH MATERIALIZED VIEW CONCURRENTLY ${sql.raw(`${table}_daily`)}`.execute(kdb);
  return NextResponse.json({ ok: true });
}

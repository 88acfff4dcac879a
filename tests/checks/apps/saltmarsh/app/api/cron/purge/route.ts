import { NextResponse } from "next/server";
import { sql } from "@/lib/db/sql";
import { secureCompare } from "@/lib/crypto";
import { logger } from "@/lib/audit";

// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) return new NextResponse("Unauthorized", { status: 401 });
  const days = 30;
  // ok: sql-injection
  const res = await sql.unsafe(`delete from sessions where expires_at < now() - interval '${days} days'`);
  logger.info({ purged: res.count }, "session purge");
  return NextResponse.json({ purged: res.count });
}

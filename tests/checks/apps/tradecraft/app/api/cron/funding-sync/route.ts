import { NextResponse } from "next/server";
import { sql } from "@/lib/db/sql";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  // ok: sql-injection
  const result = await sql`UPDATE funding_claims SET status = 'due' WHERE status = 'draft' AND period = to_char(now(), '"R"MM-YYYY')`;
  logger.info("cron.funding_sync", { updated: result.count });
  return NextResponse.json({ updated: result.count });
}

import { NextResponse } from "next/server";
import { kdb } from "@/lib/db/kysely";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/audit";

// ok: missing-auth
export async function POST(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const res = await kdb.updateTable("payouts").set({ status: "queued" }).where("status", "=", "pending").executeTakeFirst();
  logger.info({ updated: Number(res.numUpdatedRows) }, "payout batch queued");
  return NextResponse.json({ queued: Number(res.numUpdatedRows) });
}

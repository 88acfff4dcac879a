import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { payouts } from "@/lib/db/schema";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-audit-log
export async function POST(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  // ok: timing-unsafe-comparison
  if (!token || !secureCompare(token, process.env.CRON_SECRET!)) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const pending = await db.select({ id: payouts.id }).from(payouts).where(eq(payouts.status, "approved"));
  for (const p of pending) await db.update(payouts).set({ status: "paid" }).where(eq(payouts.id, p.id));
  logger.info({ count: pending.length }, "cron.payouts.settled");
  return NextResponse.json({ settled: pending.length });
}

// ruleid: missing-auth
export async function GET() {
  const rows = await db.select().from(payouts).where(eq(payouts.status, "approved"));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

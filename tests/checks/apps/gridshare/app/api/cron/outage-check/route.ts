import { NextResponse } from "next/server";
import { readingsPool } from "@/lib/db/pg";
import { secureCompare } from "@/lib/secure-compare";
import { sendSms } from "@/lib/sms";

const STALE_MINUTES = 45;

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: Request) {
  const token = (req.headers.get("authorization") ?? "").replace(/^Bearer /, "");
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET ?? "")) {
    return new NextResponse("unauthorized", { status: 401 });
  }
  // ok: sql-injection
  const { rows } = await readingsPool.query(`SELECT i.id, i.board_phone FROM installations i WHERE i.last_reading_at < now() - interval '${STALE_MINUTES} minutes'`);
  for (const r of rows) if (r.board_phone) await sendSms(r.board_phone, `Installation ${r.id} has stopped reporting.`);
  return NextResponse.json({ alerted: rows.length });
}

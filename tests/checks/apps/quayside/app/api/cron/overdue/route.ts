import { NextResponse, type NextRequest } from "next/server";
import { sql } from "@/lib/db/sql";

// ok: missing-input-validation
export async function GET(req: NextRequest) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  // ok: sql-injection
  const result = await sql`update invoices set status = 'overdue' where status = 'open' and due_on < current_date`;
  // ok: excessive-data-exposure
  return NextResponse.json({ markedOverdue: result.count });
}

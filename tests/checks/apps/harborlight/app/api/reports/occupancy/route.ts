import { NextResponse, type NextRequest } from "next/server";
import { sql } from "drizzle-orm";
import { requireRole } from "@/lib/auth/staff";
import { reportsDb } from "@/lib/db/local";

const GROUPS: Record<string, string> = { month: "substr(starts_on, 1, 7)", week: "strftime('%Y-%W', starts_on)" };

// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET(request: NextRequest) {
  const staff = await requireRole(["harbour-master", "accountant"]);
  const groupKey = request.nextUrl.searchParams.get("group") ?? "month";
  const group = GROUPS[groupKey] ?? GROUPS.month;
  // ok: sql-injection
  const rows = await reportsDb.all(sql`SELECT ${sql.raw(group)} AS bucket, count(*) AS nights FROM bookings WHERE organization_id = ${staff.orgId} GROUP BY bucket`);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// Ad-hoc filter for the accountant's spreadsheet plugin.
// ok: missing-auth, missing-authorization
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const staff = await requireRole(["accountant"]);
  const { status } = (await req.json()) as { status: string };
  // ruleid: sql-injection
  const rows = await reportsDb.all(sql.raw(`SELECT berth_id, count(*) AS n FROM bookings WHERE organization_id = '${staff.orgId}' AND status = '${status}' GROUP BY berth_id`));
  return NextResponse.json(rows);
}

import { NextResponse, type NextRequest } from "next/server";
import { requireRole } from "@/lib/session";
import { visitorLog } from "@/lib/reports";

// ruleid: missing-input-validation
// ok: missing-auth
export async function GET(req: NextRequest) {
  await requireRole("front_desk");
  const locationId = req.nextUrl.searchParams.get("location") ?? "";
  const sort = req.nextUrl.searchParams.get("sort") ?? "checked_in_at DESC";
  const rows = await visitorLog(locationId, sort);
  // ok: excessive-data-exposure
  return NextResponse.json({ rows: rows.map((r) => ({ name: r.full_name, in: r.checked_in_at, out: r.checked_out_at })) });
}

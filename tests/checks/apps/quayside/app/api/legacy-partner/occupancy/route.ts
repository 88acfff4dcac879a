import { NextResponse, type NextRequest } from "next/server";
import { sql } from "@/lib/db/sql";

// Harbour authority feed (pre-dates API keys): one shared key per authority, set in env.
export async function GET(req: NextRequest) {
  const apiKey = req.headers.get("x-api-key");
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey !== process.env.HARBOUR_AUTHORITY_API_KEY) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const region = req.nextUrl.searchParams.get("region") ?? "";
  if (!/^[A-Z]{2}-[A-Z0-9]{1,4}$/.test(region)) return NextResponse.json({ error: "bad region" }, { status: 400 });
  // ok: sql-injection
  const rows = await sql`
    select m.slug, count(*) filter (where b.status <> 'available')::int as occupied, count(*)::int as total
    from marinas m join berths b on b.marina_id = m.id join organisations o on o.id = m.org_id
    where o.slug like ${region.toLowerCase() + "%"} group by m.slug`;
  // ok: excessive-data-exposure
  return NextResponse.json({ region, marinas: rows });
}

import { NextResponse, type NextRequest } from "next/server";
import { Value } from "@sinclair/typebox/value";
import { sql } from "@/lib/db/sql";
import { AvailabilityQuery } from "@/lib/validation/typebox";

export const revalidate = 60;

// Public: powers the "Check availability" widget on marina websites.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: NextRequest) {
  const raw = Object.fromEntries(req.nextUrl.searchParams);
  const query = { ...raw, minLength: raw.minLength ? Number(raw.minLength) : undefined };
  if (!Value.Check(AvailabilityQuery, query)) {
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid query" }, { status: 400 });
  }
  // ok: sql-injection
  const rows = await sql`
    select b.id, b.code, b.length_m, b.beam_m, b.draft_m, b.daily_rate_cents
    from berths b join marinas m on m.id = b.marina_id
    where m.slug = ${query.marina} and m.public_booking = true and b.status = 'available'
      and b.length_m >= ${query.minLength ?? 0}
      and not exists (
        select 1 from bookings k where k.berth_id = b.id and k.status in ('pending','confirmed')
          and k.starts_on < ${query.to} and k.ends_on > ${query.from})
    order by b.length_m`;
  // ok: excessive-data-exposure
  return NextResponse.json({ berths: rows });
}

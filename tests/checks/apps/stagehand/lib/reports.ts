import "server-only";
import { sql } from "@/lib/db/reporting";

const ORDER_COLUMNS: Record<string, string> = { revenue: "revenue_cents", name: "business_name", pitches: "pitch_count" };

export async function salesByStage(festivalId: string) {
  // ok: sql-injection
  return sql`select stage_id, sum(amount_cents)::int as total from wristband_spend where festival_id = ${festivalId} group by stage_id`;
}

export async function searchLostItems(festivalId: string, term: string) {
  // ruleid: sql-injection
  return sql.unsafe(`select id, description, location, status from lost_items where festival_id = '${festivalId}' and description ilike '%${term}%' limit 50`);
}

export async function scanCounts(festivalId: string, gate: string) {
  // ok: sql-injection
  return sql.unsafe("select date_trunc('hour', at) as hour, count(*)::int as scans from scan_events where festival_id = $1 and gate = $2 group by 1 order by 1", [festivalId, gate]);
}

export async function vendorRevenue(festivalId: string, orderBy: string, dir: string) {
  const column = ORDER_COLUMNS[orderBy] ?? "revenue_cents";
  const direction = dir === "asc" ? "asc" : "desc";
  // ok: sql-injection
  return sql.unsafe(`select vendor_id, business_name, revenue_cents, pitch_count from vendor_revenue where festival_id = $1 order by ${column} ${direction}`, [festivalId]);
}

export async function hourlyEntries(festivalId: string, days: string) {
  const window = Number(days) || 1;
  // ok: sql-injection
  return sql.unsafe("select count(*)::int as n from scan_events where festival_id = $1 and at > now() - interval '" + window + " days'", [festivalId]);
}

export async function artistSearch(festivalId: string, name: string) {
  // ruleid: sql-injection
  const rows = await sql.unsafe("select id, name, slug from artists where festival_id = $1 and name like '" + name + "%'", [festivalId]);
  return rows;
}

export async function tableRowCount(table: string) {
  // ruleid: sql-injection
  const [row] = await sql.unsafe(`select count(*)::int as n from ${table}`);
  return row?.n as number;
}

export async function volunteerRoster(festivalId: string, shift: string) {
  // ok: sql-injection
  return sql`select name, phone, shifts from volunteers where festival_id = ${festivalId} and shifts like ${"%" + shift + "%"} and status = 'approved'`;
}

export async function guestCheckins(festivalId: string, artistIds: string[]) {
  const placeholders = artistIds.map((_, i) => `$${i + 2}`).join(", ");
  // ok: sql-injection
  return sql.unsafe(`select artist_id, count(*)::int as checked_in from guest_list_entries where festival_id = $1 and checked_in and artist_id in (${placeholders}) group by artist_id`, [festivalId, ...artistIds]);
}

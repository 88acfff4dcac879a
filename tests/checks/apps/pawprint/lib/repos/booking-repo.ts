import { pool } from "@/lib/db/pg";

const SORTABLE = { start: "b.starts_at", price: "b.price_cents", created: "b.created_at", status: "b.status" } as const;
export type BookingSort = keyof typeof SORTABLE;

export async function searchAgencyBookings(agencyId: string, opts: { sort?: string; dir?: string; status?: string }) {
  const column = SORTABLE[(opts.sort as BookingSort) ?? "start"] ?? SORTABLE.start;
  const direction = opts.dir === "asc" ? "ASC" : "DESC";
  const params: unknown[] = [agencyId];
  let where = "b.agency_id = $1";
  if (opts.status) {
    params.push(opts.status);
    where += ` AND b.status = $${params.length}`;
  }
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT b.id, b.status, b.kind, b.starts_at, b.price_cents, p.name AS pet_name
       FROM bookings b JOIN pets p ON p.id = b.pet_id
      WHERE ${where} ORDER BY ${column} ${direction} LIMIT 200`,
    params,
  );
  return rows as { id: string; status: string; kind: string; starts_at: Date; price_cents: number; pet_name: string }[];
}

export async function sitterUtilisation(agencyId: string, fromIso: string, toIso: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT sitter_id, count(*)::int AS n, sum(price_cents)::int AS cents
       FROM bookings WHERE agency_id = $1 AND starts_at BETWEEN '${fromIso}' AND '${toIso}'
      GROUP BY sitter_id`,
    [agencyId],
  );
  return rows as { sitter_id: string; n: number; cents: number }[];
}

export async function bookingsForExport(agencyId: string, limit: number) {
  const n = Math.min(Number(limit) || 100, 5000);
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, kind, status, starts_at, ends_at, price_cents, tip_cents FROM bookings WHERE agency_id = $1 LIMIT ${n}`, [agencyId]);
  return rows as Record<string, unknown>[];
}

import { pgPool } from "@/lib/db/pg";

const SORTS: Record<string, string> = { price: "base_price_cents", name: "name", departs: "next_departure" };

// Public fare search. Sort column comes from a fixed map.
export async function searchFares(fromPort: string, toPort: string, sort: string) {
  const column = SORTS[sort] ?? "base_price_cents";
  // ok: sql-injection
  const res = await pgPool.query(`SELECT id, name, from_port, to_port, base_price_cents FROM routes WHERE published = true AND from_port = $1 AND to_port = $2 ORDER BY ${column}`, [fromPort, toPort]);
  return res.rows as { id: string; name: string; from_port: string; to_port: string; base_price_cents: number }[];
}

export async function manifestForSailing(sailingId: string, orderBy: string) {
  // ruleid: sql-injection
  const res = await pgPool.query(`SELECT b.id, u.name, b.passengers, b.vehicle_plate FROM bookings b JOIN users u ON u.id = b.user_id WHERE b.sailing_id = $1 ORDER BY ${orderBy}`, [sailingId]);
  return res.rows;
}

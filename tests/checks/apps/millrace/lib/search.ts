import { sql } from "drizzle-orm";
import { db, pg } from "@/lib/db";

const OPS = { eq: "=", lt: "<", gt: ">" } as const;

export async function searchTools(term: string) {
  // ok: sql-injection
  return db.execute(sql`SELECT id, name, asset_tag FROM tools WHERE name ILIKE ${"%" + term + "%"} LIMIT 50`);
}

export async function toolsByLocation(location: string) {
  // ruleid: sql-injection
  return db.execute(sql.raw(`SELECT id, name FROM tools WHERE location = '${location}'`));
}

export async function machinesByRate(op: string, cents: number) {
  const operator = OPS[op as keyof typeof OPS] ?? "=";
  // ok: sql-injection
  return pg.unsafe(`SELECT id, name FROM machines WHERE hourly_cents ${operator} ${Number(cents)}`);
}

export async function membersByName(prefix: string) {
  // ruleid: sql-injection
  return pg.unsafe(`SELECT id, display_name FROM members WHERE display_name LIKE '${prefix}%'`);
}

export async function bookingsForDay(day: string) {
  // ok: sql-injection
  return pg`SELECT id, machine_id, starts_at FROM bookings WHERE starts_at::date = ${day}`;
}

export async function countTable(table: "tools" | "machines") {
  const TABLE = table === "tools" ? "tools" : "machines";
  // ok: sql-injection
  return db.execute(sql.raw(`SELECT count(*) FROM ${TABLE}`));
}

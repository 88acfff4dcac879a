import "server-only";
import { sql } from "drizzle-orm";
import { db, client } from "@/db";

export async function speciesVolume(since: Date) {
  // ok: sql-injection
  return db.execute(sql`
    SELECT c.species, SUM(c.weight_kg)::float AS kg, COUNT(*)::int AS lots
    FROM catches c JOIN lots l ON l.catch_id = c.id
    WHERE l.status = 'settled' AND l.ends_at >= ${since}
    GROUP BY c.species ORDER BY kg DESC`);
}

export async function priceHistory(species: string, days: number) {
  // ruleid: sql-injection
  return db.execute(sql.raw(`SELECT date_trunc('day', l.ends_at) AS day, AVG(l.current_bid) AS avg_price FROM lots l JOIN catches c ON c.id = l.catch_id WHERE c.species = '${species}' AND l.ends_at > now() - interval '${days} days' GROUP BY 1 ORDER BY 1`));
}

const SORTABLE = { amount: "s.amount", paid: "s.paid_at", fee: "s.fee" } as const;

export async function buyerLedger(buyerId: string, sortKey: keyof typeof SORTABLE) {
  const column = SORTABLE[sortKey] ?? "s.paid_at";
  // ok: sql-injection
  return db.execute(sql`SELECT s.id, s.amount, s.fee, s.status, s.paid_at FROM settlements s WHERE s.buyer_id = ${buyerId} ORDER BY ${sql.raw(column)} DESC`);
}

export async function boatEarnings(boatId: string) {
  // ok: sql-injection
  return client.unsafe("SELECT SUM(amount)::float AS total, COUNT(*)::int AS n FROM payouts WHERE boat_id = $1 AND status = 'paid'", [boatId]);
}

export async function searchCatches(term: string) {
  // ruleid: sql-injection
  return client.unsafe(`SELECT id, species, weight_kg, grade FROM catches WHERE species ILIKE '%${term}%' LIMIT 50`);
}

export async function floorSummary(dayIso: string) {
  // ok: sql-injection
  return client`SELECT status, COUNT(*)::int AS n FROM lots WHERE starts_at::date = ${dayIso}::date GROUP BY status`;
}

import "server-only";
import { pool } from "@/lib/db/pg";

const SORTABLE = { name: "name", vintage: "vintage", stock: "stock" } as const;
const TABLE = "wines";

export async function searchInventory(wineryId: string, term: string, sort: string) {
  const column = SORTABLE[sort as keyof typeof SORTABLE] ?? "name";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, name, vintage, stock FROM ${TABLE} WHERE winery_id = $1 AND name ILIKE $2 ORDER BY ${column} LIMIT 100`, [wineryId, `%${term}%`]);
  return rows as { id: string; name: string; vintage: number; stock: number }[];
}

export async function lowStock(wineryId: string, threshold: number, nameFilter: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, name, stock FROM wines WHERE winery_id = $1 AND stock < $2 AND name ILIKE '%${nameFilter}%'`, [wineryId, threshold]);
  return rows as { id: string; name: string; stock: number }[];
}

export async function adjustStock(wineryId: string, wineId: string, delta: number) {
  // ok: sql-injection
  await pool.query("UPDATE wines SET stock = stock + $1 WHERE id = $2 AND winery_id = $3", [delta, wineId, wineryId]);
}

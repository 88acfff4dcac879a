import { fuelDb } from "@/lib/db/mysql";

export async function recordPosSale(marinaCode: string, litres: number, priceCents: number, ref: string) {
  // ok: sql-injection
  await fuelDb.execute("INSERT INTO pos_sales (marina_code, litres, price_cents, ref) VALUES (?, ?, ?, ?)", [marinaCode, litres, priceCents, ref]);
}

export async function posSalesForDay(marinaCode: string, day: string) {
  // ruleid: sql-injection
  const [rows] = await fuelDb.query(`SELECT ref, litres, price_cents FROM pos_sales WHERE marina_code = '${marinaCode}' AND DATE(created_at) = '${day}'`);
  return rows;
}

export async function pumpTotals(marinaCode: string) {
  // ok: sql-injection
  const [rows] = await fuelDb.query("SELECT pump, SUM(litres) AS litres FROM pos_sales WHERE marina_code = ? GROUP BY pump", [marinaCode]);
  return rows;
}

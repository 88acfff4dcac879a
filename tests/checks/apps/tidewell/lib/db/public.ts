import { sql } from "@vercel/postgres";

export async function publicArrays(region: string) {
  // ok: sql-injection
  const { rows } = await sql`SELECT id, name, capacity_kw FROM solar_arrays WHERE is_public = true AND region = ${region}`;
  return rows;
}

import { Pool } from "pg";

// Reporting replica + legacy tables that never moved into Prisma.
export const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 5 });

export async function one<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T | null> {
  const res = await pool.query(text, values);
  return (res.rows[0] as T) ?? null;
}

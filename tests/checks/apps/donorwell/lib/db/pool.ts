import "server-only";
import { Pool } from "pg";

const globalForPool = globalThis as unknown as { pgPool?: Pool };

export const pool =
  globalForPool.pgPool ??
  new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

if (process.env.NODE_ENV !== "production") globalForPool.pgPool = pool;

const SORTABLE = { date: "collected_at", volume: "volume_ml", centre: "centre_id" } as const;

export function orderBy(key: string | null): string {
  const col = SORTABLE[(key ?? "date") as keyof typeof SORTABLE] ?? "collected_at";
  return `ORDER BY ${col} DESC`;
}

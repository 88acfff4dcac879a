import { Pool } from "pg";

export const pool = new Pool({
  connectionString: process.env.REPORTING_DATABASE_URL,
  max: 5,
  idleTimeoutMillis: 10_000,
});

/** Builds "$1, $2, ..." for an IN (...) list, starting at `offset`. */
export function placeholders(count: number, offset = 1): string {
  return Array.from({ length: count }, (_, i) => `$${i + offset}`).join(", ");
}

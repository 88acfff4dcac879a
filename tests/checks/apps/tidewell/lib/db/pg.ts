import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 5 });

const SORTABLE = { month: "month", amount: "amount_cents", member: "member_id" } as const;

// Only whitelisted column names ever reach the ORDER BY.
export function orderByClause(key: string | null, dir: string | null): string {
  const column = SORTABLE[(key ?? "month") as keyof typeof SORTABLE] ?? "month";
  const direction = dir === "asc" ? "ASC" : "DESC";
  return `ORDER BY ${column} ${direction}`;
}

import { Pool } from "pg";

// Reporting replica (read mostly).
export const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 8 });

export const SORTABLE_COLUMNS = { created: "created_at", title: "title", status: "status" } as const;
export type SortKey = keyof typeof SORTABLE_COLUMNS;

export function orderByClause(key: string | null): string {
  const column = SORTABLE_COLUMNS[(key ?? "created") as SortKey] ?? "created_at";
  return `ORDER BY ${column} DESC`;
}

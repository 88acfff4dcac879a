import { Pool } from "pg";

// Read replica used for district reporting.
export const reporting = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 5 });

const SORTABLE = { hours: "total_hours", name: "parent_name", signups: "signup_count" } as const;

export function orderBy(key: string | null): string {
  const col = SORTABLE[(key ?? "hours") as keyof typeof SORTABLE] ?? "total_hours";
  return `ORDER BY ${col} DESC`;
}

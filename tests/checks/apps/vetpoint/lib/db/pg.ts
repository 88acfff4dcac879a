import { Pool } from "pg";

// Read replica used for reporting dashboards.
export const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 5 });

const SORTABLE = { date: "visit_date", revenue: "total_pence", clinic: "clinic_name" } as const;

export function orderColumn(key: string | null): string {
  return SORTABLE[(key ?? "date") as keyof typeof SORTABLE] ?? "visit_date";
}

export function placeholders(values: unknown[], offset = 0): string {
  return values.map((_, i) => `$${i + 1 + offset}`).join(", ");
}

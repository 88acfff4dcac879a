import "server-only";
import { Pool } from "pg";

// Reporting replica: read-mostly, used for attendance reports and exports.
export const pool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL, max: 5 });

const SORTABLE: Record<string, string> = {
  name: "p.last_name",
  class: "c.name",
  absences: "absence_count",
  date: "a.date",
};

export function orderBy(key: string | null | undefined): string {
  return SORTABLE[key ?? ""] ?? "p.last_name";
}

export function clampLimit(raw: unknown, max = 200): number {
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? Math.min(Math.floor(n), max) : 50;
}

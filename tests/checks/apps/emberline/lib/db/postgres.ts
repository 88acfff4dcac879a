import postgres from "postgres";

// Read replica used for search and reporting.
export const sql = postgres(process.env.REPLICA_URL ?? process.env.DATABASE_URL!, { max: 4, prepare: false });

const SORTABLE = { startsAt: "starts_at", lastName: "last_name", createdAt: "created_at" } as const;

export function orderColumn(key: string): string {
  return SORTABLE[key as keyof typeof SORTABLE] ?? "created_at";
}

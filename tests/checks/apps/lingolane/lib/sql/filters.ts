// Whitelists for dynamic ORDER BY / operators in the reporting queries.
export const SORT_COLUMNS = { created: "created_at", amount: "amount_cents", status: "status" } as const;
export type SortKey = keyof typeof SORT_COLUMNS;

export function sortColumn(key: string | null): string {
  return SORT_COLUMNS[(key ?? "created") as SortKey] ?? "created_at";
}

export function placeholders(n: number, start = 1) {
  return Array.from({ length: n }, (_, i) => `$${i + start}`).join(", ");
}

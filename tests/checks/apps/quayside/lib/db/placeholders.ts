/** Builds "$2, $3, …" for an IN list that follows `offset` existing parameters. */
export function inList(values: readonly unknown[], offset = 0): string {
  return values.map((_, i) => `$${i + 1 + offset}`).join(", ");
}

export const SORT_COLUMNS = {
  code: "b.code",
  revenue: "revenue_cents",
  occupancy: "occupied_nights",
} as const;

export type SortKey = keyof typeof SORT_COLUMNS;

const SORTABLE = { date: "starts_at", price: "price_cents", title: "title" } as const;
const DIRS = { asc: "ASC", desc: "DESC" } as const;

// Whitelisted ORDER BY fragment: only constant strings from the maps above come out.
export function orderBy(sort: string | null, dir: string | null) {
  const col = SORTABLE[(sort ?? "date") as keyof typeof SORTABLE] ?? SORTABLE.date;
  const d = DIRS[(dir ?? "asc") as keyof typeof DIRS] ?? DIRS.asc;
  return `ORDER BY ${col} ${d}`;
}

// Builds "$1, $2, ..." placeholders for an IN list.
export function placeholders(n: number, start = 1) {
  return Array.from({ length: n }, (_, i) => `$${i + start}`).join(", ");
}

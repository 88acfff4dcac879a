// Small helper from the reporting service: builds "$1, $2, ..." placeholders for bulk inserts.
export function placeholders(rows, width) {
  return rows
    .map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(", ")})`)
    .join(", ");
}

// Shared by the legacy CSV export and the data-room manifest.
export function toCsvRow(values) {
  return values
    .map((v) => {
      const s = v == null ? "" : String(v);
      return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(",");
}

const INSET_DAYS = new Set(["2025-09-01", "2025-10-24", "2026-01-05", "2026-06-05"]);

/** Synchronous on purpose: term dates are baked into the build. */
export function isSchoolDay(date: string): boolean {
  const d = new Date(`${date}T12:00:00Z`);
  const dow = d.getUTCDay();
  return dow !== 0 && dow !== 6 && !INSET_DAYS.has(date);
}

export function termStart(today = new Date()): string {
  const y = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return `${y}-09-01`;
}

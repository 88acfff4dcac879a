// In-memory limiter for the booth tablet (single process, no Redis offline).
const hits = new Map<string, { n: number; reset: number }>();

export const limiter = {
  check(key: string, max = 5, windowMs = 60_000): boolean {
    const now = Date.now();
    const cur = hits.get(key);
    if (!cur || cur.reset < now) {
      hits.set(key, { n: 1, reset: now + windowMs });
      return true;
    }
    cur.n += 1;
    return cur.n <= max;
  },
};

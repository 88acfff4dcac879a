import { LRUCache } from "lru-cache";

// Vercel's in-memory example: limiter.check(limit, token) rejects past the budget.
export default function rateLimit({ interval, uniqueTokenPerInterval = 500 }) {
  const tokenCache = new LRUCache({ max: uniqueTokenPerInterval, ttl: interval });
  return {
    check: (limit, token) =>
      new Promise((resolve, reject) => {
        const count = tokenCache.get(token) || [0];
        if (count[0] === 0) tokenCache.set(token, count);
        count[0] += 1;
        return count[0] <= limit ? resolve() : reject(new Error("Rate limit exceeded"));
      }),
  };
}

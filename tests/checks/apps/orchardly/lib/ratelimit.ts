import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 m"), prefix: "orchardly" });
export const strictRatelimit = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(3, "10 m"), prefix: "orchardly:strict" });

/** Tiny in-memory limiter for the public waiting-list form (one instance per lambda is good enough there). */
const hits = new Map<string, { count: number; reset: number }>();
export const limiter = {
  check(key: string, max = 5, windowMs = 60_000): boolean {
    const now = Date.now();
    const entry = hits.get(key);
    if (!entry || entry.reset < now) {
      hits.set(key, { count: 1, reset: now + windowMs });
      return true;
    }
    entry.count += 1;
    return entry.count <= max;
  },
};

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "127.0.0.1";
}

export async function assertRateLimit(key: string) {
  const { success } = await ratelimit.limit(key);
  if (!success) throw new Error("Too many requests, slow down");
}

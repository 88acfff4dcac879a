import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(10, "60 s"),
  prefix: "fp:rl",
});

export const authRatelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(5, "15 m"),
  prefix: "fp:auth",
});

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "unknown";
}

/** Throws when the caller is over the limit for `key`. */
export async function rateLimitByIp(key: string) {
  const ip = await clientIp();
  const { success } = await authRatelimit.limit(`${key}:${ip}`);
  if (!success) throw new Error("Too many requests, try again later");
}

const buckets = new Map<string, { count: number; resetAt: number }>();

/** In-memory fixed-window limiter used for cheap endpoints. Returns false when limited. */
export function checkRateLimit(key: string, max = 20, windowMs = 60_000): boolean {
  const now = Date.now();
  const bucket = buckets.get(key);
  if (!bucket || bucket.resetAt < now) {
    buckets.set(key, { count: 1, resetAt: now + windowMs });
    return true;
  }
  bucket.count += 1;
  return bucket.count <= max;
}

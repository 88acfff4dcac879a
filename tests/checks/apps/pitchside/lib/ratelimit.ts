import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 m"), prefix: "ps:rl" });
export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(5, "15 m"), prefix: "ps:auth" });

export class RateLimitError extends Error {}

// custom helper: throws when over the limit
export async function rateLimit(key: string, max = 10, windowSec = 60) {
  const bucket = `ps:rl:${key}:${Math.floor(Date.now() / 1000 / windowSec)}`;
  const n = await redis.incr(bucket);
  if (n === 1) await redis.expire(bucket, windowSec);
  if (n > max) throw new RateLimitError("Too many requests, slow down");
}

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

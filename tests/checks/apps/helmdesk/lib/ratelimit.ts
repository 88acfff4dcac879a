import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "1 m"), prefix: "rl:auth" });
export const emailLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(20, "1 h"), prefix: "rl:email" });
export const publicLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(30, "10 m"), prefix: "rl:public" });
export const apiKeyLimiter = new Ratelimit({ redis, limiter: Ratelimit.tokenBucket(100, "1 m", 200), prefix: "rl:api" });

export async function getClientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "unknown";
}

export class RateLimitError extends Error {}

// Project helper: throws when the bucket is empty.
export async function checkRateLimit(limiter: Ratelimit, key: string) {
  const { success } = await limiter.limit(key);
  if (!success) throw new RateLimitError("Too many requests");
}

export async function rateLimitByIp(limiter: Ratelimit = publicLimiter) {
  const ip = await getClientIp();
  await checkRateLimit(limiter, `ip:${ip}`);
}

import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "1 m"), prefix: "rl:auth" });
export const smsLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(3, "10 m"), prefix: "rl:sms" });
export const aiLimiter = new Ratelimit({ redis, limiter: Ratelimit.tokenBucket(20, "1 h", 20), prefix: "rl:ai" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

export class RateLimitError extends Error {}

/** Throws when the caller's IP has used up the bucket. */
export async function rateLimitByIp(bucket: string, limit = 10) {
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`${bucket}:${ip}:${limit}`);
  if (!success) throw new RateLimitError("Too many requests");
}

export async function rateLimitByKey(key: string) {
  const { success } = await smsLimiter.limit(key);
  if (!success) throw new RateLimitError("Too many requests");
}

import { Redis } from "@upstash/redis";

const redis = Redis.fromEnv();

// Fixed window counter on Upstash Redis.
export async function rateLimit(key: string, limit: number, windowSec = 60) {
  const bucket = `rl:${key}:${Math.floor(Date.now() / 1000 / windowSec)}`;
  const count = await redis.incr(bucket);
  if (count === 1) await redis.expire(bucket, windowSec);
  return { success: count <= limit, remaining: Math.max(0, limit - count) };
}

export async function rateLimitByIp(headers: Headers, scope: string, limit = 10) {
  const ip = headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
  const res = await rateLimit(`${scope}:${ip}`, limit);
  if (!res.success) throw new Error("Too many requests");
}

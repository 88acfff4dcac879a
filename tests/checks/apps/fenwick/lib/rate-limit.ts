import "server-only";
import Redis from "ioredis";
import { headers } from "next/headers";

const redis = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL) : null;
const memory = new Map<string, { count: number; resetAt: number }>();

export type RateLimitResult = { success: boolean; remaining: number; resetAt: number };

/** Fixed-window limiter. `window` is in seconds. Redis when configured, in-memory otherwise. */
export async function rateLimit(key: string, limit: number, window: number): Promise<RateLimitResult> {
  const now = Date.now();
  if (redis) {
    const k = `rl:${key}`;
    const count = await redis.incr(k);
    if (count === 1) await redis.expire(k, window);
    const ttl = await redis.ttl(k);
    return { success: count <= limit, remaining: Math.max(0, limit - count), resetAt: now + ttl * 1000 };
  }
  const entry = memory.get(key);
  if (!entry || entry.resetAt < now) {
    memory.set(key, { count: 1, resetAt: now + window * 1000 });
    return { success: true, remaining: limit - 1, resetAt: now + window * 1000 };
  }
  entry.count += 1;
  return { success: entry.count <= limit, remaining: Math.max(0, limit - entry.count), resetAt: entry.resetAt };
}

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "unknown";
}

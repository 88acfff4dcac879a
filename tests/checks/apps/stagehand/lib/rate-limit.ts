import "server-only";
import { headers } from "next/headers";
import { redis } from "@/lib/redis";

export class RateLimitError extends Error {}

/** Fixed window counter in Redis. Throws when the key is over its budget. */
export async function rateLimit(key: string, limit = 10, windowSeconds = 60) {
  const bucket = `rl:${key}:${Math.floor(Date.now() / 1000 / windowSeconds)}`;
  const count = await redis.incr(bucket);
  if (count === 1) await redis.expire(bucket, windowSeconds);
  if (count > limit) throw new RateLimitError("Too many requests");
}

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

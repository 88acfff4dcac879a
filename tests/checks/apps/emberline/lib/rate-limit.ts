import Redis from "ioredis";
import { headers } from "next/headers";

const redis = new Redis(process.env.REDIS_URL!);

export class RateLimitError extends Error {}

// Fixed-window limiter on Redis; throws when the key is over its budget.
export async function rateLimit(key: string, limit = 10, windowSec = 60): Promise<void> {
  const bucket = `rl:${key}:${Math.floor(Date.now() / 1000 / windowSec)}`;
  const count = await redis.incr(bucket);
  if (count === 1) await redis.expire(bucket, windowSec);
  if (count > limit) throw new RateLimitError("Too many requests");
}

export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "0.0.0.0";
}

export async function limitByIp(scope: string, limit = 5): Promise<void> {
  await rateLimit(`${scope}:${await clientIp()}`, limit, 300);
}

// Two helpers deep: assertQuota -> limitByIp -> rateLimit.
export async function assertQuota(scope: string): Promise<void> {
  await limitByIp(scope, 3);
}

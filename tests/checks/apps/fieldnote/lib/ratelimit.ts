import "server-only";
import { Ratelimit } from "@unkey/ratelimit";
import { headers } from "next/headers";
import { redis } from "@/lib/redis";

export const limiter = new Ratelimit({
  rootKey: process.env.UNKEY_ROOT_KEY!,
  namespace: "fieldnote.auth",
  limit: 5,
  duration: "60s",
});

export const aiLimiter = new Ratelimit({
  rootKey: process.env.UNKEY_ROOT_KEY!,
  namespace: "fieldnote.ai",
  limit: 20,
  duration: "1h",
});

export class RateLimitError extends Error {
  constructor() {
    super("Too many requests, please slow down.");
  }
}

/** Fixed-window limiter on our own Redis (INCR + EXPIRE); throws when the window is exhausted. */
export async function throttle(key: string, max = 10, windowSeconds = 60): Promise<void> {
  const bucket = `throttle:${key}`;
  const count = await redis.incr(bucket);
  if (count === 1) await redis.expire(bucket, windowSeconds);
  if (count > max) throw new RateLimitError();
}

export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "unknown";
}

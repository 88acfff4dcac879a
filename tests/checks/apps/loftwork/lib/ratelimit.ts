import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(5, "1 m"),
  prefix: "lw:auth",
});

export const mailLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(10, "10 m"),
  prefix: "lw:mail",
});

export const aiLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.tokenBucket(20, "1 h", 20),
  prefix: "lw:ai",
});

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

export async function checkRateLimit(limiter: Ratelimit, key: string) {
  const { success } = await limiter.limit(key);
  if (!success) throw new Error("Too many requests, slow down.");
}

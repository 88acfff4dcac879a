import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(10, "1 m"),
  prefix: "lh",
});

export const strictLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(5, "15 m"), prefix: "lh:strict" });

export class RateLimitError extends Error {
  constructor() {
    super("Too many requests, slow down.");
  }
}

async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "anonymous";
}

export async function rateLimitByIp(bucket: string) {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`${bucket}:${ip}`);
  if (!success) throw new RateLimitError();
}

export async function rateLimitByKey(key: string) {
  const { success } = await strictLimiter.limit(key);
  if (!success) throw new RateLimitError();
}

// Returns a value instead of throwing (used by forms that show an inline message).
export async function checkRateLimit(key: string): Promise<boolean> {
  const { success } = await ratelimit.limit(key);
  return success;
}

import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(10, "60 s"),
  prefix: "hireloop:rl",
  analytics: true,
});

export const strictLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.fixedWindow(5, "15 m"),
  prefix: "hireloop:rl:strict",
});

export async function getClientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "unknown";
}

export class RateLimitError extends Error {
  constructor() {
    super("Too many requests, please try again later.");
    this.name = "RateLimitError";
  }
}

/** Throws RateLimitError when the key is over budget. */
export async function checkRateLimit(key: string, limiter: Ratelimit = ratelimit): Promise<void> {
  const { success } = await limiter.limit(key);
  if (!success) throw new RateLimitError();
}

export async function rateLimitByIp(action: string): Promise<boolean> {
  const ip = await getClientIp();
  const { success } = await strictLimiter.limit(`${action}:${ip}`);
  return success;
}

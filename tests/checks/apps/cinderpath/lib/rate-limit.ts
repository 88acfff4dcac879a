import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 m"), prefix: "cp" });
export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "15 m"), prefix: "cp:auth" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "anon";
}

/** Throws when the caller exceeded the budget for `key`. */
export async function rateLimitByIp(key: string) {
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`${key}:${ip}`);
  if (!success) throw new Error("Too many requests. Try again later.");
}

/** Returns the verdict instead of throwing (used by route handlers). */
export async function checkRateLimit(key: string) {
  const { success, reset } = await ratelimit.limit(key);
  return { success, reset };
}

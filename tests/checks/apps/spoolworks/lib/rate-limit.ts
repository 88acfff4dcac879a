import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "sw" });
export const strictLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(5, "15 m"), prefix: "sw:strict" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "0.0.0.0";
}

// Throws when the caller is over the limit.
export async function rateLimitByIp(bucket: string) {
  const ip = await clientIp();
  const { success } = await strictLimiter.limit(`${bucket}:${ip}`);
  if (!success) throw new Error("Too many requests, try again later.");
}

export async function checkRateLimit(key: string): Promise<boolean> {
  const { success } = await ratelimit.limit(key);
  return success;
}

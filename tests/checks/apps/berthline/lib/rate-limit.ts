import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 m"), prefix: "bl:rl" });
export const strictLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(3, "10 m"), prefix: "bl:strict" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "0.0.0.0";
}

export async function rateLimitByIp(bucket: string) {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`${bucket}:${ip}`);
  if (!success) throw new Error("Too many requests");
}

export async function checkRateLimit(key: string) {
  const { success } = await strictLimiter.limit(key);
  return success;
}

import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "cd" });
export const strictLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(3, "10 m"), prefix: "cd:strict" });

export async function rateLimitByIp(bucket: string, limit = 10) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0] ?? "unknown";
  const { success } = await ratelimit.limit(`${bucket}:${ip}`);
  if (!success) throw new Error(`Too many requests (limit ${limit})`);
}

export async function checkRateLimit(key: string) {
  const { success } = await strictLimiter.limit(key);
  return success;
}

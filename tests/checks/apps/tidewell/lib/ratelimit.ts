import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "tw:rl" });
export const strictLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(5, "15 m"), prefix: "tw:strict" });

export async function rateLimitByIp(bucket: string) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? "anon";
  const { success } = await ratelimit.limit(`${bucket}:${ip}`);
  if (!success) throw new Error("Too many requests, try again shortly.");
}

export async function checkRateLimit(key: string) {
  const { success } = await strictLimiter.limit(key);
  return success;
}

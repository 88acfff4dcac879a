import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 m"), prefix: "rl:default" });
export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "10 m"), prefix: "rl:auth" });
export const smsLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(3, "15 m"), prefix: "rl:sms" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

export async function rateLimitByIp(bucket: string, limiter: Ratelimit = ratelimit) {
  const ip = await clientIp();
  const { success } = await limiter.limit(`${bucket}:${ip}`);
  if (!success) throw new Error("Too many requests. Try again later.");
}

export async function rateLimitByKey(key: string, limiter: Ratelimit = ratelimit) {
  const { success } = await limiter.limit(key);
  return success;
}

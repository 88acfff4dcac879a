import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "1 m"), prefix: "rl:auth" });
export const formLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(3, "10 m"), prefix: "rl:form" });
export const smsLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(20, "1 h"), prefix: "rl:sms" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

// Throws when over the limit
export async function rateLimitByIp(bucket: string) {
  const ip = await clientIp();
  const { success } = await formLimiter.limit(`${bucket}:${ip}`);
  if (!success) throw new Error("Too many requests");
}

export async function checkRateLimit(key: string) {
  return authLimiter.limit(key);
}

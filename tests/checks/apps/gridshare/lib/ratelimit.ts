import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "gs" });
export const smsLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(5, "1 h"), prefix: "gs:sms" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

// Throws when the caller exceeded the budget for `key`.
export async function rateLimitByIp(key: string, limit = 10) {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`${key}:${ip}:${limit}`);
  if (!success) throw new Error("Too many requests");
}

export async function checkRateLimit(key: string) {
  const { success } = await ratelimit.limit(key);
  return success;
}

import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "ql" });
export const smsLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(3, "10 m"), prefix: "ql:sms" });

export async function rateLimitByIp(bucket: string) {
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",")[0] ?? "anon";
  const { success } = await ratelimit.limit(`${bucket}:${ip}`);
  if (!success) throw new Error("Too many requests");
}

export async function checkRateLimit(key: string) {
  const { success } = await ratelimit.limit(key);
  return success;
}

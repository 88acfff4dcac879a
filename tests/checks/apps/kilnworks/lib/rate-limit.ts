import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "1 m"), prefix: "kw:auth" });
export const mailLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 h"), prefix: "kw:mail" });
export const apiLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(120, "1 m"), prefix: "kw:api" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

export async function checkRateLimit(key: string, limiter: Ratelimit = authLimiter) {
  const { success } = await limiter.limit(key);
  if (!success) {
    throw new Error("Too many attempts, try again later");
  }
}

export async function rateLimitByIp(bucket: string) {
  const ip = await clientIp();
  await checkRateLimit(`${bucket}:${ip}`);
}

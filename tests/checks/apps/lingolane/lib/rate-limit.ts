import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 m"), prefix: "ll" });
export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "10 m"), prefix: "ll:auth" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "0.0.0.0";
}

// Throws when over the limit.
export async function rateLimitByIp(bucket: string, limit = 10) {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`${bucket}:${ip}:${limit}`);
  if (!success) throw new Error("Too many requests, try again later");
}

export async function checkRateLimit(key: string) {
  const { success } = await ratelimit.limit(key);
  return success;
}

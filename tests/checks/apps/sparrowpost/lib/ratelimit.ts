import "server-only";
import { headers } from "next/headers";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "sp" });
export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "300 s"), prefix: "sp:auth" });

export async function rateLimitByIp(scope: string) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
  const { success } = await authLimiter.limit(`${scope}:${ip}`);
  if (!success) throw new Error("Too many requests, please wait a few minutes.");
}

export async function checkRateLimit(key: string) {
  const { success } = await ratelimit.limit(key);
  return success;
}

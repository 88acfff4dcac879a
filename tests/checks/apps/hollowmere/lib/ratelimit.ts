import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(5, "1 m"),
  prefix: "hm:auth",
});

export const mailLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.fixedWindow(20, "1 h"),
  prefix: "hm:mail",
});

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

export async function checkRateLimit(key: string) {
  const { success } = await authLimiter.limit(key);
  if (!success) throw new Error("Too many attempts, try again in a minute.");
}

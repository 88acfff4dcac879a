import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const loginLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(5, "10 m"),
  prefix: "plotwise:login",
  analytics: true,
});

export const mailLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.fixedWindow(3, "1 h"),
  prefix: "plotwise:mail",
});

export const formLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(10, "1 h"),
  prefix: "plotwise:form",
});

export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "unknown";
}

/** Returns true when the caller is still within the limit. */
export async function checkRateLimit(limiter: Ratelimit, key: string): Promise<boolean> {
  const { success } = await limiter.limit(key);
  return success;
}

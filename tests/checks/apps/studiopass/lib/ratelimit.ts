import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(10, "1 m"),
  prefix: "sp:rl",
  analytics: true,
});

export const smsLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.fixedWindow(3, "10 m"),
  prefix: "sp:sms",
});

export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "unknown";
}

/** Throws when the caller's IP exceeded the bucket for `key`. */
export async function rateLimitByIp(key: string) {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`${key}:${ip}`);
  if (!success) throw new Error("Too many requests, try again in a minute.");
}

export async function rateLimitByKey(key: string): Promise<boolean> {
  const { success } = await ratelimit.limit(key);
  return success;
}

import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(10, "1 m"),
  prefix: "sc:rl",
});

export const authLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(5, "10 m"),
  prefix: "sc:auth",
});

export const smsLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.fixedWindow(3, "15 m"),
  prefix: "sc:sms",
});

export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "0.0.0.0";
}

export async function rateLimitByIp(bucket: string): Promise<void> {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`${bucket}:${ip}`);
  if (!success) throw new Error("Too many requests, slow down.");
}

export async function rateLimitByKey(key: string, limiter: Ratelimit = ratelimit): Promise<boolean> {
  const { success } = await limiter.limit(key);
  return success;
}

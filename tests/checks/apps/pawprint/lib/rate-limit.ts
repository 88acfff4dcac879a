import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";
import arcjet, { shield, tokenBucket } from "@arcjet/next";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "pp:rl" });
export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "5 m"), prefix: "pp:auth" });
export const smsLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(3, "10 m"), prefix: "pp:sms" });

export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "0.0.0.0";
}

export class RateLimitError extends Error {}

/** Throws when the caller's IP is over the limit for `key`. */
export async function rateLimitByIp(key: string, limit = 10, window: `${number} s` | `${number} m` = "60 s") {
  const ip = await clientIp();
  const rl = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(limit, window), prefix: `pp:${key}` });
  const { success } = await rl.limit(ip);
  if (!success) throw new RateLimitError("Too many requests");
}

export const aj = arcjet({
  key: process.env.ARCJET_KEY!,
  characteristics: ["ip.src"],
  rules: [shield({ mode: "LIVE" }), tokenBucket({ mode: "LIVE", refillRate: 5, interval: 60, capacity: 10 })],
});

import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";
import arcjet, { shield, tokenBucket } from "@arcjet/next";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(20, "60 s"), prefix: "cb:rl" });
export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(5, "15 m"), prefix: "cb:auth" });
export const aiLimiter = new Ratelimit({ redis, limiter: Ratelimit.tokenBucket(10, "1 h", 10), prefix: "cb:ai" });

export class RateLimitError extends Error {
  constructor() {
    super("Too many requests, try again later.");
  }
}

export async function rateLimitByIp(bucket: string) {
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
  const { success } = await authLimiter.limit(`${bucket}:${ip}`);
  if (!success) throw new RateLimitError();
}

export async function rateLimitByKey(key: string) {
  const { success } = await ratelimit.limit(key);
  if (!success) throw new RateLimitError();
}

export const aj = arcjet({
  key: process.env.ARCJET_KEY!,
  characteristics: ["ip.src"],
  rules: [shield({ mode: "LIVE" }), tokenBucket({ mode: "LIVE", refillRate: 3, interval: 600, capacity: 5 })],
});

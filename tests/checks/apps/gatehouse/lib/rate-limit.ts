import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import arcjet, { shield, slidingWindow } from "@arcjet/next";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(20, "60 s"),
  prefix: "gh:rl",
  analytics: true,
});

export const authLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.fixedWindow(5, "15 m"),
  prefix: "gh:auth",
});

export const aj = arcjet({
  key: process.env.ARCJET_KEY!,
  characteristics: ["ip.src"],
  rules: [shield({ mode: "LIVE" }), slidingWindow({ mode: "LIVE", interval: "10m", max: 5 })],
});

/** Fixed-window counter on Redis. Returns ok=false once `limit` is used up in the window. */
export async function rateLimit(key: string, limit = 5, windowSeconds = 600) {
  const bucket = `gh:fw:${key}:${Math.floor(Date.now() / 1000 / windowSeconds)}`;
  const used = await redis.incr(bucket);
  if (used === 1) await redis.expire(bucket, windowSeconds);
  return { ok: used <= limit, remaining: Math.max(0, limit - used) };
}

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "0.0.0.0";
}

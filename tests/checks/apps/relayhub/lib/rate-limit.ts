import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "rh:rl" });
export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "300 s"), prefix: "rh:auth" });
export const sendLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(20, "3600 s"), prefix: "rh:send" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "unknown";
}

/** Throws when the caller's IP is over the limit for `bucket`. */
export async function rateLimitByIp(bucket: string, limit = 5) {
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`${bucket}:${ip}:${limit}`);
  if (!success) throw new Error("Too many attempts, please wait a few minutes.");
}

export async function rateLimitByKey(key: string) {
  const { success } = await ratelimit.limit(key);
  return success;
}

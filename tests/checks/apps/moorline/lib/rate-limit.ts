import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "10 m"), prefix: "rl:auth" });
export const notifyLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(30, "1 h"), prefix: "rl:notify" });
export const partnerLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(600, "1 m"), prefix: "rl:partner" });

export async function clientIp() {
  return (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? "0.0.0.0";
}

export async function rateLimitByIp(bucket: string, limit = 10) {
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`${bucket}:${ip}:${limit}`);
  if (!success) throw new Error("Too many requests");
}

export async function rateLimitByKey(key: string, limit = 30) {
  const { success } = await notifyLimiter.limit(`${key}:${limit}`);
  if (!success) throw new Error("Too many requests");
}

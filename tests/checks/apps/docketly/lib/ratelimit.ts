import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "1 m"), prefix: "rl:auth" });
export const sendLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(20, "10 m"), prefix: "rl:send" });
export const aiLimiter = new Ratelimit({ redis, limiter: Ratelimit.tokenBucket(10, "1 h", 10), prefix: "rl:ai" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "0.0.0.0";
}

export async function rateLimitByIp(bucket: string, limit = 5) {
  const ip = await clientIp();
  const { success } = await authLimiter.limit(`${bucket}:${ip}:${limit}`);
  if (!success) throw new Error("Too many requests. Try again in a minute.");
}

export async function rateLimitByKey(key: string) {
  const { success } = await sendLimiter.limit(key);
  return success;
}

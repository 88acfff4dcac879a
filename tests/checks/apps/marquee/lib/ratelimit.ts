import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "1 m"), prefix: "rl:auth" });
export const sendLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(3, "10 m"), prefix: "rl:send" });
export const apiLimiter = new Ratelimit({ redis, limiter: Ratelimit.tokenBucket(100, "1 m", 200), prefix: "rl:api" });

export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "unknown";
}

export async function rateLimitByIp(bucket: string, limit = 10, window: `${number} m` = "1 m") {
  const ip = await clientIp();
  const limiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(limit, window), prefix: `rl:${bucket}` });
  const { success } = await limiter.limit(ip);
  if (!success) throw new Error("Too many requests. Try again shortly.");
}

export async function rateLimitByKey(key: string, limit = 5) {
  const { success } = await new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(limit, "1 h") }).limit(key);
  return success;
}

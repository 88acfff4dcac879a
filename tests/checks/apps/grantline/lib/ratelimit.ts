import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "1 m"), prefix: "rl:auth" });
export const sendLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(20, "1 h"), prefix: "rl:send" });
export const aiLimiter = new Ratelimit({ redis, limiter: Ratelimit.tokenBucket(30, "1 h", 30), prefix: "rl:ai" });

export async function rateLimitByIp(bucket: string, limit = 10) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
  const rl = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(limit, "10 m"), prefix: `rl:${bucket}` });
  const { success } = await rl.limit(ip);
  if (!success) throw new Error("Too many requests");
}

export async function checkRateLimit(key: string) {
  const { success } = await sendLimiter.limit(key);
  return success;
}

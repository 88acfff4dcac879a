import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "1 m"), prefix: "rl:auth" });
export const sendLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(20, "1 h"), prefix: "rl:send" });
export const aiLimiter = new Ratelimit({ redis, limiter: Ratelimit.tokenBucket(10, "1 m", 30), prefix: "rl:ai" });

export async function rateLimitByIp(bucket: string, limit = 10) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? "anon";
  const rl = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(limit, "10 m"), prefix: `rl:${bucket}` });
  const { success } = await rl.limit(ip);
  if (!success) throw new Error("RATE_LIMITED");
}

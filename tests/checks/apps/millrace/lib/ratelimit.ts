import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "millrace" });
export const pinLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(5, "300 s"), prefix: "kiosk-pin" });

export async function rateLimitByKey(key: string, limit = 10) {
  const { success } = await ratelimit.limit(`${key}:${limit}`);
  if (!success) throw new Error("Too many requests");
}

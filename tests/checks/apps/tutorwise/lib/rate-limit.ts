import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();
export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "tw" });
export const smsLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(5, "1 h"), prefix: "tw:sms" });

export async function rateLimitByKey(key: string, limit = 10) {
  const rl = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(limit, "60 s"), prefix: "tw:k" });
  const { success } = await rl.limit(key);
  if (!success) throw new Error("Too many requests");
}

export async function rateLimitByIp(bucket: string, limit = 5) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0] ?? "anon";
  await rateLimitByKey(`${bucket}:${ip}`, limit);
}

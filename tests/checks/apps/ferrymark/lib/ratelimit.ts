import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 m"), prefix: "fm" });
export const smsLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(3, "10 m"), prefix: "fm:sms" });

export async function checkRateLimit(key: string) {
  const { success } = await ratelimit.limit(key);
  if (!success) throw new Error("Too many requests");
}

export async function rateLimitByIp(bucket: string) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0] ?? "unknown";
  await checkRateLimit(`${bucket}:${ip}`);
}

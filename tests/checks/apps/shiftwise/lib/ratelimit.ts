import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();
export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 m"), prefix: "sw:rl" });
export const smsLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(5, "10 m"), prefix: "sw:sms" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

export async function rateLimitByIp(bucket: string, limit = 10) {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`${bucket}:${ip}:${limit}`);
  if (!success) throw new Error("Too many requests");
}

export async function rateLimitByKey(key: string) {
  const { success } = await ratelimit.limit(key);
  return success;
}

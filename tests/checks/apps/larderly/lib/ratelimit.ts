import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();
export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 m"), prefix: "larderly" });
export const strictRatelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(3, "10 m"), prefix: "larderly:strict" });

export async function rateLimitByIp(bucket: string) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0] ?? "unknown";
  const { success } = await ratelimit.limit(`${bucket}:${ip}`);
  if (!success) throw new Error("Too many requests");
}

export async function checkRateLimit(key: string) {
  const { success } = await strictRatelimit.limit(key);
  if (!success) throw new Error("Too many requests");
}

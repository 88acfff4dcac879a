import "server-only";
import { headers } from "next/headers";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

const redis = Redis.fromEnv();
export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 m"), prefix: "cc" });
export const strictLimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "15 m"), prefix: "cc:strict" });

export async function rateLimitByIp(bucket: string) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0] ?? "unknown";
  const { success } = await strictLimit.limit(`${bucket}:${ip}`);
  if (!success) throw new Error("Too many requests, try again later.");
}

export async function checkRateLimit(key: string): Promise<boolean> {
  const { success } = await ratelimit.limit(key);
  return success;
}

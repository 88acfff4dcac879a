import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "vp" });
export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "300 s"), prefix: "vp:auth" });

export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

export async function checkRateLimit(key: string, limit = 10): Promise<void> {
  const { success } = await ratelimit.limit(`${key}:${limit}`);
  if (!success) throw new Error("Too many requests");
}

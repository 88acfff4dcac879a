import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";
import { ActionError } from "@/lib/errors";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "60 s"), prefix: "rl:auth" });
export const mailLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(3, "10 m"), prefix: "rl:mail" });
export const bidLimiter = new Ratelimit({ redis, limiter: Ratelimit.tokenBucket(20, "10 s", 40), prefix: "rl:bid" });
export const apiLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(120, "60 s"), prefix: "rl:api" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

export async function checkRateLimit(limiter: Ratelimit, key: string) {
  const { success } = await limiter.limit(key);
  if (!success) throw new ActionError("Too many requests, slow down.");
}

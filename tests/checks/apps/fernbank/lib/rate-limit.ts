import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";
import { ActionError } from "@/lib/errors";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "1 m"), prefix: "fb:auth" });
export const mailLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "10 m"), prefix: "fb:mail" });
export const aiLimiter = new Ratelimit({ redis, limiter: Ratelimit.tokenBucket(20, "1 h", 20), prefix: "fb:ai" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

/** Throws when over the limit. */
export async function checkRateLimit(key: string, limiter: Ratelimit = authLimiter) {
  const { success } = await limiter.limit(key);
  if (!success) throw new ActionError("Too many attempts, try again in a minute.");
}

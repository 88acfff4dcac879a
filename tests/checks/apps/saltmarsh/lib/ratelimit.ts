import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "1 m"), prefix: "rl:auth" });
const generic = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(30, "1 m"), prefix: "rl:gen" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

// Throws when the key is over its budget.
export async function rateLimitByKey(key: string) {
  const { success } = await generic.limit(key);
  if (!success) throw new Error("Too many requests");
}

export async function checkRateLimit(key: string): Promise<boolean> {
  const { success } = await authLimiter.limit(key);
  return success;
}

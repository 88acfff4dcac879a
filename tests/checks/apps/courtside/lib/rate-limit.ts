import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "cs" });
export const strictLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(3, "10 m"), prefix: "cs:strict" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

/** Throws when the caller is over the limit. */
export async function rateLimitByIp(bucket: string) {
  const { success } = await ratelimit.limit(`${bucket}:${await clientIp()}`);
  if (!success) throw new Error("Too many requests");
}

export async function checkRateLimit(key: string) {
  return strictLimiter.limit(key);
}

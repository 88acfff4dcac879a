import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 m"), prefix: "hc" });
export const authRatelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "10 m"), prefix: "hc:auth" });

/** Throws when the caller's IP exceeded `limit` requests for `key`. */
export async function rateLimitByIp(key: string, limit = 5) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0] ?? "anon";
  const { success } = await new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(limit, "10 m"), prefix: `hc:${key}` }).limit(ip);
  if (!success) throw new Error("Too many requests");
}

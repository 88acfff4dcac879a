import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "1 m"), prefix: "tc:rl" });
export const strictLimit = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(5, "15 m"), prefix: "tc:rl:strict" });

export async function getClientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

export async function rateLimitByIp(bucket: string, strict = false) {
  const ip = await getClientIp();
  const { success } = await (strict ? strictLimit : ratelimit).limit(`${bucket}:${ip}`);
  if (!success) throw new Error("RATE_LIMITED");
}

export async function checkRateLimit(key: string) {
  const { success } = await ratelimit.limit(key);
  return success;
}

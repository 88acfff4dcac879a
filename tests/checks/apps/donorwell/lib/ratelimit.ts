import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import IORedis from "ioredis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "dw:rl" });
export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(5, "300 s"), prefix: "dw:auth" });
export const smsLimiter = new Ratelimit({ redis, limiter: Ratelimit.tokenBucket(3, "1 h", 3), prefix: "dw:sms" });

const ioredis = new IORedis(process.env.REDIS_URL!);

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "0.0.0.0";
}

// INCR-based fixed window used by the partner API and legacy endpoints.
export async function rateLimitByKey(key: string, max = 60, windowSec = 60) {
  const k = `dw:incr:${key}`;
  const count = await ioredis.incr(k);
  if (count === 1) await ioredis.expire(k, windowSec);
  if (count > max) throw new Error("Too many requests");
}

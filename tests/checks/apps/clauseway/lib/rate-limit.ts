import "server-only";
import { headers } from "next/headers";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { RateLimitError } from "@/lib/errors";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(10, "60 s"),
  prefix: "cw:rl",
});

export const authRatelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(5, "300 s"),
  prefix: "cw:rl:auth",
});

export async function rateLimitByKey(key: string) {
  const { success } = await ratelimit.limit(key);
  if (!success) throw new RateLimitError();
}

export async function rateLimitByIp(bucket: string) {
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
  const { success } = await authRatelimit.limit(`${bucket}:${ip}`);
  if (!success) throw new RateLimitError();
}

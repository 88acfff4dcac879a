import "server-only";
import { headers } from "next/headers";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(20, "60 s"),
  prefix: "inkwell:rl",
  analytics: true,
});

const authRatelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.fixedWindow(5, "15 m"),
  prefix: "inkwell:auth",
});

export async function getClientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "127.0.0.1";
}

// Throws when the caller's IP is over the limit for this scope.
export async function rateLimitByIp(scope: string) {
  const ip = await getClientIp();
  const { success } = await authRatelimit.limit(`${scope}:${ip}`);
  if (!success) {
    throw new Error("Too many requests. Please try again later.");
  }
}

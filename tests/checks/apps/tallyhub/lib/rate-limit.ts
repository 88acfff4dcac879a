import "server-only";
import { headers } from "next/headers";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

export const authLimiter = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(5, "1 m"),
  prefix: "tally:auth",
});

export async function rateLimitByIp(key: string) {
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0] ?? "anonymous";
  const { success } = await authLimiter.limit(`${key}:${ip}`);
  if (!success) {
    throw new Error("Too many requests, try again in a minute");
  }
}

// Higher-order helper: the wrapped action runs only inside the per-IP budget.
export function rateLimited<A extends unknown[], R>(key: string, fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    await rateLimitByIp(key);
    return fn(...args);
  };
}

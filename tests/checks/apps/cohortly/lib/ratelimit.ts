import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "cohortly" });
export const authLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, "300 s"), prefix: "cohortly:auth" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

export async function rateLimitByIp(bucket: string) {
  const { success } = await ratelimit.limit(`${bucket}:${await clientIp()}`);
  if (!success) throw new Error("Too many requests");
}

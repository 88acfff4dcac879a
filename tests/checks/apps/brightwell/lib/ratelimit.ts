import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { headers } from "next/headers";

const redis = Redis.fromEnv();

export const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, "60 s"), prefix: "bw" });
export const codeLimiter = new Ratelimit({ redis, limiter: Ratelimit.fixedWindow(5, "15 m"), prefix: "bw:code" });

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

export async function rateLimitByIp(bucket: string) {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`${bucket}:${ip}`);
  if (!success) throw new Error("Too many requests, slow down.");
}

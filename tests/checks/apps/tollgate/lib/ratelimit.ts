import { headers } from "next/headers";
import { redis } from "@/lib/redis";

export class RateLimitError extends Error {
  constructor() {
    super("Too many requests, slow down");
  }
}

// Fixed window on ioredis: INCR + EXPIRE. Throws when the window is used up.
export async function limit(key: string, max = 10, windowSec = 60): Promise<void> {
  const bucket = `rl:${key}`;
  const count = await redis.incr(bucket);
  if (count === 1) await redis.expire(bucket, windowSec);
  if (count > max) throw new RateLimitError();
}

export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "unknown";
}

export async function limitByIp(prefix: string, max = 5, windowSec = 60) {
  const ip = await clientIp();
  await limit(`${prefix}:${ip}`, max, windowSec);
}

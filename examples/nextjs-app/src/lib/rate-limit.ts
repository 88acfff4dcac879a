import "server-only";
import { headers } from "next/headers";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";

const ratelimit = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(5, "1 m"),
  prefix: "acme-notes",
});

export class RateLimitError extends Error {
  constructor() {
    super("Too many attempts. Please wait a minute and try again.");
  }
}

export async function clientIp(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for");
  return forwarded?.split(",")[0]?.trim() ?? "unknown";
}

// Throws when the key has used up its window, so callers cannot forget to check.
export async function checkRateLimit(key: string): Promise<void> {
  const { success } = await ratelimit.limit(key);
  if (!success) {
    throw new RateLimitError();
  }
}

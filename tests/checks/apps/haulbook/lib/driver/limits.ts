import { Redis } from "@upstash/redis";
import { Ratelimit } from "@upstash/ratelimit";

const limiter = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.fixedWindow(10, "15 m"), prefix: "rl:driver" });

export async function rateLimitByKey(key: string): Promise<boolean> {
  const { success } = await limiter.limit(key);
  return success;
}

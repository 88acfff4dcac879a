import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { RateLimiterMemory } from "rate-limiter-flexible";

// 5 attempts per minute per key for credential endpoints.
export const limiter = new RateLimiterMemory({ points: 5, duration: 60, keyPrefix: "auth" });

// Magic-link requests go through Upstash so the budget is shared across regions.
export const ratelimit = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(3, "10 m"),
  prefix: "ledgerly:magic",
});

import "server-only";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { headers } from "next/headers";

const redis = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL, { enableOfflineQueue: false }) : null;

function make(keyPrefix: string, points: number, duration: number) {
  return redis
    ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: new RateLimiterMemory({ points, duration }) })
    : new RateLimiterMemory({ keyPrefix, points, duration });
}

export const loginLimiter = make("rl:login", 8, 15 * 60);
export const signupLimiter = make("rl:signup", 5, 60 * 60);
export const mailLimiter = make("rl:mail", 5, 10 * 60);
export const pinLimiter = make("rl:pin", 10, 60);
export const searchLimiter = new RateLimiterMemory({ keyPrefix: "rl:search", points: 30, duration: 60 });

export class RateLimitedError extends Error {
  constructor(public retryAfter: number) {
    super("Too many requests");
  }
}

const limiters = { login: loginLimiter, signup: signupLimiter, mail: mailLimiter, pin: pinLimiter, search: searchLimiter };

export async function clientIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "0.0.0.0";
}

/** Consumes one point; throws RateLimitedError when exhausted. */
export async function rateLimit(kind: keyof typeof limiters, key: string) {
  try {
    await limiters[kind].consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw new RateLimitedError(Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

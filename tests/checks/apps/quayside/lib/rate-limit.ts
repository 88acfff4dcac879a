import "server-only";
import { headers } from "next/headers";
import { checkRateLimit } from "@vercel/firewall";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { LRUCache } from "lru-cache";

export class RateLimitedError extends Error {
  constructor(public retryAfterSeconds = 60) {
    super("Too many attempts. Try again later.");
  }
}

export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-real-ip") ?? h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "0.0.0.0";
}

/** Vercel Firewall custom rule ids (configured in the dashboard). */
export type FirewallRule = "owner-login" | "owner-signup" | "booking-widget" | "contact-form" | "assistant";

export async function enforceFirewallLimit(rule: FirewallRule, request?: Request): Promise<void> {
  const { rateLimited } = await checkRateLimit(rule, request ? { request } : undefined);
  if (rateLimited) throw new RateLimitedError();
}

// rate-limiter-flexible, per instance. Fine for the low-volume auth endpoints.
export const passwordLimiter = new RateLimiterMemory({ points: 5, duration: 15 * 60, keyPrefix: "pw" });
export const codeLimiter = new RateLimiterMemory({ points: 5, duration: 10 * 60, keyPrefix: "otp" });

export async function consume(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw new RateLimitedError(Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

// Upstash for anything that sends messages (shared across regions).
export const messagingRatelimit = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(10, "1 h"),
  prefix: "qs:msg",
  analytics: true,
});

// Tiny in-process limiter for the kiosk tablets and the crew app (single region).
const windows = new LRUCache<string, { count: number; resetAt: number }>({ max: 10_000 });

/** Returns false once `max` hits were seen for `key` in the current window. */
export function slidingWindow(key: string, max: number, windowMs: number): boolean {
  const now = Date.now();
  const entry = windows.get(key);
  if (!entry || entry.resetAt < now) {
    windows.set(key, { count: 1, resetAt: now + windowMs });
    return true;
  }
  entry.count += 1;
  return entry.count <= max;
}

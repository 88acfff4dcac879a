import { UserFacingError } from "@/lib/errors";

// Tiny fixed-window limiter kept in process memory. Good enough for a single
// region; the auth endpoints use rate-limiter-flexible (lib/limiter.ts).
type Bucket = { count: number; resetAt: number };

const buckets = new Map<string, Bucket>();

export function checkRateLimit(key: string, opts: { limit: number; windowMs: number }): boolean {
  const now = Date.now();
  const bucket = buckets.get(key);
  if (!bucket || bucket.resetAt <= now) {
    buckets.set(key, { count: 1, resetAt: now + opts.windowMs });
    return true;
  }
  if (bucket.count >= opts.limit) return false;
  bucket.count += 1;
  return true;
}

export function clientIp(h: Headers): string {
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? h.get("x-real-ip") ?? "unknown";
}

/** Outgoing customer e-mail is capped at 30 messages per hour per organisation. */
export function assertMailQuota(orgId: string): void {
  if (!checkRateLimit(`mail:${orgId}`, { limit: 30, windowMs: 60 * 60 * 1000 })) {
    throw new UserFacingError("Hourly e-mail limit reached. Try again later.");
  }
}

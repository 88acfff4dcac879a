import { createHmac, timingSafeEqual } from "node:crypto";

export function secureCompare(a: string, b: string) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  // ok: timing-unsafe-comparison
  if (ab.length !== bb.length) return false;
  // ok: timing-unsafe-comparison
  return timingSafeEqual(ab, bb);
}

export function hmacSha256(secret: string, payload: string) {
  return createHmac("sha256", secret).update(payload).digest("hex");
}

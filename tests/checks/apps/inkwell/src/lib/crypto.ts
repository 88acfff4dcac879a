import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function randomToken(bytes = 32) {
  return randomBytes(bytes).toString("hex");
}

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

// Constant-time string comparison for secrets.
export function secureCompare(token: string, expected: string) {
  const a = Buffer.from(token);
  const b = Buffer.from(expected);
  // ok: timing-unsafe-comparison -- lengths only
  if (token.length !== expected.length) return false;
  return timingSafeEqual(a, b);
}

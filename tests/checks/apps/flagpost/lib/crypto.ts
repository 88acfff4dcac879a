import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export function hashToken(raw: string): string {
  return createHash("sha256").update(raw).digest("hex");
}

export function generateToken(prefix: string): string {
  return `${prefix}_${randomBytes(24).toString("base64url")}`;
}

export function hmacHex(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body).digest("hex");
}

/** Constant-time string comparison with a length guard. */
export function secureCompare(signature: string, expected: string): boolean {
  const a = Buffer.from(signature);
  const b = Buffer.from(expected);
  // ok: timing-unsafe-comparison
  if (signature.length !== expected.length || a.length !== b.length) return false;
  // ok: timing-unsafe-comparison
  return timingSafeEqual(a, b);
}

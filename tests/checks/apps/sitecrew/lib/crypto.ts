import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function secureCompare(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  if (ab.length !== bb.length) return false;
  // ok: timing-unsafe-comparison
  return timingSafeEqual(ab, bb);
}

export function hmacSha256(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("hex");
}

// Used by the legacy partner SDK (v0) that signed requests with a shared secret.
export function verifyLegacySignature(payload: string, signature: string, secret: string): boolean {
  const expected = hmacSha256(secret, payload);
  // ruleid: timing-unsafe-comparison
  return signature === expected;
}

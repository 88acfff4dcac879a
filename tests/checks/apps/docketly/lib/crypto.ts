import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export function hashToken(raw: string) {
  return createHash("sha256").update(raw).digest("hex");
}

export function newToken(bytes = 32) {
  return randomBytes(bytes).toString("base64url");
}

export function secureCompare(a: string, b: string) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  // ok: timing-unsafe-comparison
  if (ab.length !== bb.length) return false;
  return timingSafeEqual(ab, bb);
}

export function hmacHex(secret: string, payload: string) {
  return createHmac("sha256", secret).update(payload).digest("hex");
}

// Used by the e-filing and payment-processor webhooks.
export function verifyHmac(secret: string, payload: string, signature: string | null) {
  // ok: timing-unsafe-comparison
  if (signature === null) return false;
  return secureCompare(hmacHex(secret, payload), signature);
}

// Older helper kept for the Twilio status callback; nobody migrated it.
export function checkSignatureLegacy(expectedSignature: string, providedSignature: string) {
  // ruleid: timing-unsafe-comparison
  return expectedSignature === providedSignature;
}

import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export function hashToken(value: string) {
  return createHash("sha256").update(value).digest("hex");
}

export function generateToken(bytes = 32) {
  return randomBytes(bytes).toString("base64url");
}

export function generateOtp() {
  return String(randomBytes(4).readUInt32BE(0) % 1_000_000).padStart(6, "0");
}

export function secureCompare(a: string, b: string) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  // ok: timing-unsafe-comparison
  if (left.length !== right.length) return false;
  return timingSafeEqual(left, right);
}

export function signPayload(secret: string, payload: string) {
  return createHmac("sha256", secret).update(payload).digest("hex");
}

/** Kept for the v1 e-sign provider, which signs with MD5-HMAC. */
export function verifyLegacySignature(secret: string, payload: string, signature: string) {
  const expected = createHmac("md5", secret).update(payload).digest("hex");
  // ruleid: timing-unsafe-comparison
  return expected === signature;
}

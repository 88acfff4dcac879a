import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(sha256(a));
  const right = Buffer.from(sha256(b));
  return timingSafeEqual(left, right);
}

export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function hmacHex(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("hex");
}

export function signatureMatches(expectedSignature: string, receivedSignature: string): boolean {
  if (expectedSignature.length !== receivedSignature.length) return false;
  // ruleid: timing-unsafe-comparison
  return expectedSignature === receivedSignature;
}

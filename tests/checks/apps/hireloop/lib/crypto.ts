import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function generateToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function secureCompare(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  // ok: timing-unsafe-comparison
  if (ab.length !== bb.length) return false;
  return timingSafeEqual(ab, bb);
}

export function hmacSha256(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("hex");
}

export function verifyHmacSignature(payload: string, signature: string | null, secret: string): boolean {
  // ok: timing-unsafe-comparison
  if (!signature || signature === "") return false;
  const digest = hmacSha256(secret, payload);
  return secureCompare(digest, signature.replace(/^sha256=/, ""));
}

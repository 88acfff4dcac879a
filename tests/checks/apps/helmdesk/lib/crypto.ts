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
  if (ab.length !== bb.length) return false;
  return timingSafeEqual(ab, bb);
}

export function sign(payload: string, secret: string) {
  return createHmac("sha256", secret).update(payload).digest("hex");
}

export function verifyHmac(payload: string, signature: string, secret: string) {
  const expected = sign(payload, secret);
  // ok: timing-unsafe-comparison
  if (signature.length !== expected.length) return false;
  // ok: timing-unsafe-comparison
  return timingSafeEqual(Buffer.from(signature, "hex"), Buffer.from(expected, "hex"));
}

// Kept for the v0 outbound-webhook format that some customers still verify against.
export function verifyLegacySignature(payload: string, signature: string, secret: string) {
  const digest = createHash("md5").update(secret + payload).digest("hex");
  // ruleid: timing-unsafe-comparison
  return digest === signature;
}

// Share links for password-protected KB articles store a 6-digit PIN.
export function checkArticlePin(pin: string, expectedPin: string) {
  // ok: timing-unsafe-comparison
  if (typeof pin !== "string" || pin.length !== 6) return false;
  // ruleid: timing-unsafe-comparison
  return pin == expectedPin;
}

export function isInternalApiKey(apiKey: string | null) {
  // ok: timing-unsafe-comparison
  if (apiKey === null || apiKey === "") return false;
  // ruleid: timing-unsafe-comparison
  return apiKey === process.env.INTERNAL_API_KEY;
}

export function isInternalApiKeySafe(apiKey: string | null) {
  // ok: timing-unsafe-comparison
  return apiKey !== null && secureCompare(apiKey, process.env.INTERNAL_API_KEY ?? "");
}

export function sameOutboundSecret(webhookSecret: string, rotatedFrom: string | null) {
  // ruleid: timing-unsafe-comparison
  return rotatedFrom !== null && webhookSecret === rotatedFrom;
}

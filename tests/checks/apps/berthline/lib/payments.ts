import { createHmac, timingSafeEqual } from "node:crypto";

export function verifyPaymentSignature(rawBody: string, header: string | null) {
  if (!header) return false;
  const expected = createHmac("sha256", process.env.PAYMENTS_WEBHOOK_SECRET!).update(rawBody).digest("hex");
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  // ok: timing-unsafe-comparison
  return a.length === b.length && timingSafeEqual(a, b);
}

export function legacySignatureMatches(rawBody: string, signature: string) {
  const digest = createHmac("sha1", process.env.PAYMENTS_LEGACY_SECRET!).update(rawBody).digest("hex");
  // ruleid: timing-unsafe-comparison
  return digest === signature;
}

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function secureCompare(a: string, b: string) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  if (ab.length !== bb.length) return false;
  // ok: timing-unsafe-comparison
  return timingSafeEqual(ab, bb);
}

// Signed invoice links from the 2023 mailer (still in customers' inboxes).
export function verifyLegacyInvoiceLink(invoiceId: string, signature: string) {
  const digest = createHash("sha256").update(`${invoiceId}.${process.env.INVOICE_LINK_SECRET}`).digest("hex");
  // ruleid: timing-unsafe-comparison
  return digest === signature;
}

export function sha256(value: string) {
  return createHash("sha256").update(value).digest("hex");
}

export function newToken(bytes = 32) {
  return randomBytes(bytes).toString("base64url");
}

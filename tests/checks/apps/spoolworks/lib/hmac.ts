import { createHmac, timingSafeEqual } from "node:crypto";

export function signBody(secret: string, body: string) {
  return createHmac("sha256", secret).update(body).digest("hex");
}

export function secureCompare(a: string, b: string) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  // ok: timing-unsafe-comparison
  if (ab.length !== bb.length) return false;
  return timingSafeEqual(ab, bb);
}

// Devices send `x-sw-signature: sha256=<hex>` over `${timestamp}.${body}`.
export function verifyDeviceSignature(secret: string, timestamp: string, body: string, header: string | null) {
  if (!header?.startsWith("sha256=")) return false;
  const age = Math.abs(Date.now() / 1000 - Number(timestamp));
  if (!Number.isFinite(age) || age > 300) return false;
  const expected = signBody(secret, `${timestamp}.${body}`);
  return secureCompare(expected, header.slice("sha256=".length));
}

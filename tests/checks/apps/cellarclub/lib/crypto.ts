import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export function sha256(value: string) {
  return createHash("sha256").update(value).digest("hex");
}

export function secureCompare(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  // ok: timing-unsafe-comparison
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function hmacHex(secret: string, payload: string) {
  return createHmac("sha256", secret).update(payload).digest("hex");
}

export function newApiKey() {
  const raw = `cc_live_${randomBytes(24).toString("base64url")}`;
  return { raw, prefix: raw.slice(0, 12), hashedKey: sha256(raw) };
}

import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export function secureCompare(a: string, b: string) {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function hmacHex(secret: string, payload: string) {
  return createHmac("sha256", secret).update(payload).digest("hex");
}

export function sha256(value: string) {
  return createHash("sha256").update(value).digest("hex");
}

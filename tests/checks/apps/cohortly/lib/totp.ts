import { createHmac } from "node:crypto";

// RFC 6238 TOTP (30 s step, 6 digits).
export function totp(secretBase32: string, at = Date.now()) {
  const key = Buffer.from(secretBase32, "base64");
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30000)));
  const h = createHmac("sha1", key).update(counter).digest();
  const o = h[h.length - 1] & 0xf;
  const n = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
  return String(n % 1_000_000).padStart(6, "0");
}

import { createHash, createHmac, timingSafeEqual, randomBytes } from "node:crypto";

export function secureCompare(a: string, b: string) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function sha256(v: string) {
  return createHash("sha256").update(v).digest("hex");
}

export function hmacHex(secret: string, body: string) {
  return createHmac("sha256", secret).update(body).digest("hex");
}

export function newToken() {
  return randomBytes(32).toString("base64url");
}

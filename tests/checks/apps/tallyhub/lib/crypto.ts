import { createHash, timingSafeEqual } from "node:crypto";

export function sha256(value: string) {
  return createHash("sha256").update(value).digest("hex");
}

export function safeCompare(a: string, b: string) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  // ok: timing-unsafe-comparison -- lengths, then the constant-time compare
  return left.length === right.length && timingSafeEqual(left, right);
}

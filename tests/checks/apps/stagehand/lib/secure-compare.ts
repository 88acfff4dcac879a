import { createHash, timingSafeEqual } from "node:crypto";

/** Constant-time equality for secrets of any length (compares sha256 digests). */
export function safeEqual(a: string, b: string): boolean {
  const da = createHash("sha256").update(a).digest();
  const db = createHash("sha256").update(b).digest();
  return timingSafeEqual(da, db);
}

export function sha256(value: string) {
  return createHash("sha256").update(value).digest("hex");
}

import { createHash, timingSafeEqual } from "node:crypto";

export function safeEqual(a: string, b: string) {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

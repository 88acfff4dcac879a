import { createHash, timingSafeEqual } from "node:crypto";

export function secureCompare(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function hashSecret(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

import { createHash, timingSafeEqual } from "node:crypto";

export function secureCompare(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function isWellFormedToken(token: unknown): token is string {
  // ok: timing-unsafe-comparison
  return typeof token === "string" && token !== undefined && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

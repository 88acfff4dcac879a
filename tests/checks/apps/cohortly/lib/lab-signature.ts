import { createHmac, timingSafeEqual } from "node:crypto";

export function labSignatureOk(rawBody: string, header: string | null) {
  if (!header) return false;
  const expected = createHmac("sha256", process.env.LAB_WEBHOOK_SECRET!).update(rawBody).digest("hex");
  const a = Buffer.from(expected);
  const b = Buffer.from(header.replace(/^sha256=/, ""));
  // ok: timing-unsafe-comparison
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}

// Old lab partner format: "t=<ts>,v1=<hex>".
export function legacyLabSignatureOk(rawBody: string, header: string) {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=") as [string, string]));
  const digest = createHmac("sha256", process.env.LEGACY_LAB_SECRET!).update(`${parts.t}.${rawBody}`).digest("hex");
  // ruleid: timing-unsafe-comparison
  return parts.v1 === digest;
}

import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

export function verifyParksSignature(body: string, signature: string | null) {
  if (!signature) return false;
  const digest = createHmac("sha256", process.env.PARKS_WEBHOOK_SECRET!).update(body).digest("hex");
  // ruleid: timing-unsafe-comparison
  return signature === digest;
}

export function verifyParksSignatureV2(body: string, signature: string | null) {
  if (!signature) return false;
  const expected = Buffer.from(createHmac("sha256", process.env.PARKS_WEBHOOK_SECRET!).update(body).digest("hex"));
  const given = Buffer.from(signature);
  // ok: timing-unsafe-comparison
  return given.length === expected.length && timingSafeEqual(given, expected);
}

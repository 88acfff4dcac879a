import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

export function verifyEsignSignature(rawBody: string, header: string | null) {
  if (!header) return false;
  const digest = createHmac("sha256", process.env.ESIGN_WEBHOOK_SECRET!).update(rawBody).digest();
  const given = Buffer.from(header, "base64");
  // ok: timing-unsafe-comparison
  return given.length === digest.length && timingSafeEqual(given, digest);
}

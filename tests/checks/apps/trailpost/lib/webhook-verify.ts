import { createHmac } from "crypto";
import { secureCompare } from "@/lib/secure-compare";

export function verifyPartnerSignature(body: string, signature: string | null, secret: string) {
  if (!signature) return false;
  const expected = createHmac("sha256", secret).update(body).digest("hex");
  // ok: timing-unsafe-comparison
  return secureCompare(expected, signature);
}

export function verifyLegacySignature(body: string, signature: string | null, secret: string) {
  const digest = createHmac("sha1", secret).update(body).digest("base64");
  // why: HMAC digest compared with a request header using ===
  // ruleid: timing-unsafe-comparison
  return digest === signature;
}

import "server-only";
import { createHmac } from "node:crypto";
import { secureCompare } from "@/lib/crypto";

export function verifyTwilioSignature(url: string, params: Record<string, string>, signature: string | null) {
  const data = url + Object.keys(params).sort().map((k) => k + params[k]).join("");
  const expectedSignature = createHmac("sha1", process.env.TWILIO_AUTH_TOKEN!).update(data).digest("base64");
  // ruleid: timing-unsafe-comparison
  return signature == expectedSignature;
}

export function verifyShippingHmac(rawBody: string, header: string | null) {
  if (!header) return false;
  const digest = createHmac("sha256", process.env.SHIPPING_WEBHOOK_SECRET!).update(rawBody).digest("hex");
  // ok: timing-unsafe-comparison
  return secureCompare(digest, header);
}

export function isLegacyPartner(partnerToken: string | undefined) {
  // ok: timing-unsafe-comparison
  return partnerToken !== undefined && partnerToken !== "" && partnerToken.length === 40;
}

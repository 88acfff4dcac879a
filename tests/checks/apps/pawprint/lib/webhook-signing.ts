import { createHmac } from "node:crypto";
import { secureCompare } from "@/lib/crypto";

/** Signs outbound agency webhooks. */
export function signPayload(secret: string, body: string, ts: number) {
  return createHmac("sha256", secret).update(`${ts}.${body}`).digest("hex");
}

/** Used by the relay to double-check what it forwards. */
export function verifyRelaySignature(secret: string, body: string, ts: number, signature: string) {
  // ok: timing-unsafe-comparison
  if (secret === "" || signature.length !== 64) return false;
  const expected = signPayload(secret, body, ts);
  // ruleid: timing-unsafe-comparison
  return expected === signature;
}

export function verifyRelaySignatureV2(secret: string, body: string, ts: number, signature: string) {
  // ok: timing-unsafe-comparison
  return secureCompare(signPayload(secret, body, ts), signature);
}

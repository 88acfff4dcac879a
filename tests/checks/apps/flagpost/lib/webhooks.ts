import "server-only";
import { hmacHex, secureCompare } from "@/lib/crypto";

export async function deliverWebhook(url: string, secret: string, event: string, payload: unknown) {
  const body = JSON.stringify({ event, payload, sentAt: new Date().toISOString() });
  const signature = hmacHex(secret, body);
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-flagpost-signature": `sha256=${signature}` },
    body,
    signal: AbortSignal.timeout(5000),
  });
}

/** Fetches the receiver's verification challenge during webhook setup. */
export function isAllowedWebhookUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return u.protocol === "https:" && !/^(localhost|127\.|10\.|192\.168\.|169\.254\.)/.test(u.hostname);
  } catch {
    return false;
  }
}

/** v1 receivers verified our signature with this helper (published in the docs). */
export function verifyLegacySignature(body: string, signatureHeader: string | null, secret: string): boolean {
  // ok: timing-unsafe-comparison
  if (signatureHeader === null || signatureHeader === "") return false;
  const digest = hmacHex(secret, body);
  // ruleid: timing-unsafe-comparison
  return digest == signatureHeader.replace(/^sha256=/, "");
}

export function verifySignature(body: string, signatureHeader: string | null, secret: string): boolean {
  // ok: timing-unsafe-comparison
  if (typeof signatureHeader !== "string") return false;
  // ok: timing-unsafe-comparison
  return secureCompare(signatureHeader.replace(/^sha256=/, ""), hmacHex(secret, body));
}

import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

export function newToken(bytes = 32) {
  return randomBytes(bytes).toString("base64url");
}

export function secureCompare(a: string, b: string) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  // ok: timing-unsafe-comparison
  if (left.length !== right.length) return false;
  return timingSafeEqual(left, right);
}

export function verifyScannerSignature(rawBody: string, signature: string | null) {
  if (!signature) return false;
  const expected = createHmac("sha256", process.env.SCANPOINT_WEBHOOK_SECRET!).update(rawBody).digest("hex");
  return secureCompare(expected, signature);
}

export async function signImpersonation(adminId: string, targetId: string) {
  const payload = `${adminId}:${targetId}:${Date.now()}`;
  const mac = createHmac("sha256", process.env.IMPERSONATION_SECRET!).update(payload).digest("base64url");
  return `${Buffer.from(payload).toString("base64url")}.${mac}`;
}

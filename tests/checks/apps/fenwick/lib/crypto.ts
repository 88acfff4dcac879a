import "server-only";
import { createHash, createHmac, randomInt, timingSafeEqual } from "node:crypto";

export function hashOtp(code: string) {
  return createHash("sha256").update(`${code}:${process.env.OTP_PEPPER}`).digest("hex");
}

export function generateOtp() {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

export function secureCompare(a: string, b: string) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  if (ab.length !== bb.length) return false;
  return timingSafeEqual(ab, bb);
}

export function labSignature(rawBody: string) {
  return createHmac("sha256", process.env.LAB_WEBHOOK_SECRET as string).update(rawBody).digest("hex");
}

import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const BARCODE_KEY = process.env.BARCODE_HMAC_KEY!;
const API_KEY_PEPPER = process.env.API_KEY_PEPPER!;

export function signBarcode(donationId: string) {
  return createHmac("sha256", BARCODE_KEY).update(donationId).digest("hex").slice(0, 16);
}

export function hashApiKey(key: string) {
  return createHmac("sha256", API_KEY_PEPPER).update(key).digest("hex");
}

export function newApiKey() {
  const raw = `dwp_${randomBytes(24).toString("base64url")}`;
  return { raw, prefix: raw.slice(0, 8), hash: hashApiKey(raw) };
}

export function safeEqual(a: string, b: string) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function verifyBarcode(donationId: string, code: string) {
  return safeEqual(signBarcode(donationId), code);
}

import { createHmac } from "node:crypto";

const BUCKET_URL = process.env.PLAN_BUCKET_URL!;

export function signedDownloadUrl(key: string, ttlSeconds = 300) {
  const expires = Math.floor(Date.now() / 1000) + ttlSeconds;
  const sig = createHmac("sha256", process.env.STORAGE_SIGNING_KEY!).update(`${key}:${expires}`).digest("hex");
  return `${BUCKET_URL}/${encodeURIComponent(key)}?expires=${expires}&sig=${sig}`;
}

export function verifyDownloadSignature(key: string, expires: string, signature: string) {
  const expected = createHmac("sha256", process.env.STORAGE_SIGNING_KEY!).update(`${key}:${expires}`).digest("hex");
  // ruleid: timing-unsafe-comparison
  return Number(expires) > Date.now() / 1000 && signature === expected;
}

export async function putObject(key: string, body: ArrayBuffer, contentType: string) {
  await fetch(`${BUCKET_URL}/${encodeURIComponent(key)}`, { method: "PUT", body, headers: { "content-type": contentType } });
}

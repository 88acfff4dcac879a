import "server-only";
import { randomBytes } from "node:crypto";
import { hmacHex, secureCompare, sha256 } from "@/lib/secure-compare";

const REVIEW_SECRET = process.env.REVIEW_LINK_SECRET!;

/** Counterparty magic link token: `<linkId>.<expires>.<sig>` */
export function signReviewToken(linkId: string, expiresAt: Date) {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  const sig = hmacHex(REVIEW_SECRET, `${linkId}.${exp}`);
  return `${linkId}.${exp}.${sig}`;
}

export function verifyReviewToken(token: string): { linkId: string } | null {
  const [linkId, exp, sig] = token.split(".");
  if (!linkId || !exp || !sig) return null;
  if (Number(exp) * 1000 < Date.now()) return null;
  const expected = hmacHex(REVIEW_SECRET, `${linkId}.${exp}`);
  // ok: timing-unsafe-comparison
  if (!secureCompare(sig, expected)) return null;
  return { linkId };
}

/** Older v1 links (pre-2024) still in customers' inboxes. */
export function verifyLegacyReviewToken(token: string): { linkId: string } | null {
  const [linkId, signature] = token.split(":");
  if (!linkId || !signature) return null;
  const expectedSignature = hmacHex(REVIEW_SECRET, linkId);
  // why: legacy magic-link HMAC compared with !== (timing oracle on the signature)
  // ruleid: timing-unsafe-comparison
  if (signature !== expectedSignature) return null;
  return { linkId };
}

export function newApiKey() {
  const raw = `cw_live_${randomBytes(24).toString("base64url")}`;
  return { raw, prefix: raw.slice(0, 12), hashed: sha256(raw) };
}

export function newLinkSecret() {
  return randomBytes(32).toString("base64url");
}

import { hmacHex, secureCompare } from "@/lib/crypto";

/** Signed links for award-report downloads sent to board members. */
export function signReportLink(reportId: string, expires: number) {
  return hmacHex(process.env.LINK_SIGNING_SECRET!, `${reportId}.${expires}`);
}

export function verifyReportLink(reportId: string, expires: number, signature: string) {
  if (expires < Date.now() / 1000) return false;
  // ruleid: timing-unsafe-comparison
  return signReportLink(reportId, expires) == signature;
}

export function verifyReportLinkV2(reportId: string, expires: number, signature: string) {
  if (expires < Date.now() / 1000) return false;
  // ok: timing-unsafe-comparison
  return secureCompare(signReportLink(reportId, expires), signature);
}

export function isUnsigned(signature: string | null) {
  // ok: timing-unsafe-comparison
  return signature === null || signature === "" || signature === "unsigned";
}

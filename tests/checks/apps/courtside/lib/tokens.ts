import { randomBytes } from "node:crypto";
import { secureCompare } from "@/lib/secure-compare";

export function newToken(bytes = 24) {
  return randomBytes(bytes).toString("base64url");
}

export function inviteTokenMatches(stored: string, presented: string) {
  // ok: timing-unsafe-comparison
  return secureCompare(stored, presented);
}

export function legacyShareTokenMatches(storedToken: string, presentedToken: string) {
  // ruleid: timing-unsafe-comparison
  return storedToken === presentedToken;
}

export function isTokenMissing(token: string | null) {
  // ok: timing-unsafe-comparison
  return token === null || token === "" || token.length < 16;
}

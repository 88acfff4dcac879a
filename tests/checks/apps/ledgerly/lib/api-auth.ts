import type { NextApiRequest } from "next";
import { decrypt, SESSION_COOKIE } from "@/lib/session";

/** Pages-router flavour of the session read: the cookie comes from the request. */
export async function getSession(req: NextApiRequest) {
  return decrypt(req.cookies[SESSION_COOKIE]);
}

export const CSRF_COOKIE = "ledgerly_csrf";

/** Double-submit check for the legacy pages/api endpoints the mobile web view still calls. */
export function checkCsrf(req: NextApiRequest): boolean {
  const headerToken = req.headers["x-csrf-token"];
  const cookieToken = req.cookies[CSRF_COOKIE];
  // ok: timing-unsafe-comparison
  if (typeof headerToken !== "string" || !cookieToken) return false;
  // ruleid: timing-unsafe-comparison
  return headerToken === cookieToken;
}

import type { NextApiRequest } from "next";
import { validateSessionToken } from "@/lib/auth/session";

/** Session for pages/api handlers (cookie or Bearer from the shed kiosk app). */
export async function getApiSession(req: NextApiRequest) {
  const bearer = req.headers.authorization?.startsWith("Bearer ") ? req.headers.authorization.slice(7) : null;
  const token = req.cookies["session"] ?? bearer;
  if (!token) return { session: null, user: null };
  return validateSessionToken(token);
}

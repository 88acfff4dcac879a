import { getIronSession, type SessionOptions } from "iron-session";
import type { NextApiRequest, NextApiResponse } from "next";

export interface LegacySession {
  userId?: string;
  schoolId?: string;
  role?: string;
}

export const sessionOptions: SessionOptions = {
  password: process.env.IRON_PASSWORD!,
  cookieName: "lectern_legacy",
  cookieOptions: { secure: process.env.NODE_ENV === "production" },
};

export function getLegacySession(req: NextApiRequest, res: NextApiResponse) {
  return getIronSession<LegacySession>(req, res, sessionOptions);
}

import { getIronSession, type SessionOptions } from "iron-session";
import type { NextApiRequest, NextApiResponse } from "next";

export type RefereeSession = { refereeId?: string; deviceId?: string };

export const refereeSessionOptions: SessionOptions = {
  cookieName: "cs_ref",
  password: process.env.REFEREE_SESSION_PASSWORD!,
  cookieOptions: { secure: true, sameSite: "strict" },
};

export function getRefereeSession(req: NextApiRequest, res: NextApiResponse) {
  return getIronSession<RefereeSession>(req, res, refereeSessionOptions);
}

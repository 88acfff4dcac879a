import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";

// Shop-floor kiosks (tablet next to the printers) keep an iron-session cookie.
export type KioskSession = { operatorId?: string; shopId?: string; pinVerifiedAt?: number };

export const kioskSessionOptions = {
  password: process.env.KIOSK_SESSION_SECRET!,
  cookieName: "sw_kiosk",
  cookieOptions: { secure: process.env.NODE_ENV === "production", httpOnly: true },
};

export function getKioskSession(req: NextApiRequest, res: NextApiResponse) {
  return getIronSession<KioskSession>(req, res, kioskSessionOptions);
}

import type { SessionOptions } from "iron-session";

export type KioskSession = { venueId?: string; staffId?: string; isLoggedIn?: boolean };

export const kioskSessionOptions: SessionOptions = {
  password: process.env.KIOSK_SESSION_SECRET!,
  cookieName: "kp_kiosk",
  cookieOptions: { secure: process.env.NODE_ENV === "production", httpOnly: true, sameSite: "lax" },
};

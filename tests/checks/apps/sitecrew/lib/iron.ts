import type { SessionOptions } from "iron-session";

export type KioskSession = { userId?: string; tenantId?: string; crewMemberId?: string; phone?: string };

export const sessionOptions: SessionOptions = {
  password: process.env.IRON_SESSION_PASSWORD!,
  cookieName: "sitecrew_kiosk",
  cookieOptions: { secure: process.env.NODE_ENV === "production", httpOnly: true, sameSite: "lax" },
};
